package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.ContentScanner;
import dk.evalsite.content.LinkedFiles;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownReader;
import dk.evalsite.content.MarkdownRenderer;
import dk.evalsite.content.Page;
import dk.evalsite.content.SiteSources;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.render.PageRenderer;
import dk.evalsite.render.ReportViews;
import dk.evalsite.render.ReportViews.PageView;
import dk.evalsite.render.SiteViews;
import dk.evalsite.render.Theme;
import dk.evalsite.render.Urls;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.ReportSummary;
import dk.evalsite.scoring.Scorer;
import dk.evalsite.site.BuildCache.Unit;
import dk.evalsite.validate.LinkChecker;
import dk.evalsite.validate.ReportChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a site: load, validate, score, render, check links, write. Reports and pages are units:
 * each is loaded and rendered on its own, on all cores, and its files go to an {@link OutputSink}
 * as soon as they are rendered. A unit whose inputs are unchanged since the last build of the same
 * output folder is neither loaded nor rendered: its files, links, warnings and index card come from
 * the {@link BuildCache}. Any error stops the build before anything becomes visible.
 */
public final class SiteBuilder {
  private final Diagnostics diagnostics;
  private final boolean drafts;
  private final BuildMemo memo;
  private final Progress progress;
  private final MarkdownRenderer markdownRenderer = new MarkdownRenderer();
  private final AtomicInteger renderedPages = new AtomicInteger();

  public SiteBuilder(Diagnostics diagnostics, boolean drafts) {
    this(diagnostics, drafts, BuildMemo.forOneBuild());
  }

  /** A builder that reuses what {@code memo} holds from earlier builds of the same source. */
  public SiteBuilder(Diagnostics diagnostics, boolean drafts, BuildMemo memo) {
    this(diagnostics, drafts, memo, Progress.NONE);
  }

  /** A builder that also reports its progress, for long builds on a terminal. */
  public SiteBuilder(Diagnostics diagnostics, boolean drafts, BuildMemo memo, Progress progress) {
    this.diagnostics = diagnostics;
    this.drafts = drafts;
    this.memo = memo;
    this.progress = progress;
  }

  record ScoredReport(ReportScore score, Map<Chapter, MarkdownDocument> narratives) {}

  /** A report of this build: loaded now ({@code fresh}), or kept as the last build left it. */
  private record ReportUnit(
      String slug,
      Path dir,
      String stamp,
      String content,
      ScoredReport fresh,
      List<Diagnostic> own,
      Unit kept) {}

  /** A documentation page of this build: loaded now, or kept as the last build left it. */
  private record PageUnit(
      SiteSources.PageSource source,
      String stamp,
      String content,
      Page fresh,
      List<Diagnostic> own,
      Unit kept) {

    BuildCache.PageMeta meta() {
      return kept != null
          ? kept.page()
          : fresh == null
              ? null
              : new BuildCache.PageMeta(fresh.path(), fresh.title(), fresh.weight(), fresh.draft());
    }
  }

  public BuildResult build(Path source, Path out) throws IOException {
    return build(source, out, false);
  }

  /**
   * Checks and renders the site and makes it visible in {@code out} only when there were no errors
   * (and, when {@code strict}, no warnings either); otherwise {@code out} stays as it was.
   */
  public BuildResult build(Path source, Path out, boolean strict) throws IOException {
    return build(source, out, strict, true);
  }

  /**
   * As {@link #build(Path, Path, boolean)}; unless {@code clean}, a build into a folder an earlier
   * build wrote is incremental: when no input changed since, it does nothing at all; otherwise it
   * loads and renders only the reports and pages whose inputs changed (all of them when something
   * every page shows changed: site.yaml, scoring.yaml, the theme, the navigation, evalsite itself)
   * and writes only the files whose bytes changed. A clean build writes a fresh folder and swaps it
   * in.
   */
  public BuildResult build(Path source, Path out, boolean strict, boolean clean)
      throws IOException {
    long start = System.nanoTime();
    String fingerprint = fingerprint(source, strict);
    boolean earlier = Files.isRegularFile(out.resolve(SiteWriter.MARKER));
    Optional<String> previous = SiteWriter.fingerprint(out);
    if (!clean && earlier && previous.filter(fingerprint::equals).isPresent()) {
      return new BuildResult(true, 0, 0, 0, elapsed(start), true, 0, 0);
    }
    boolean update = !clean && earlier;
    BuildCache prior = update ? BuildCache.read(out, previous.orElse("")) : BuildCache.EMPTY;
    try (SiteWriter writer =
        update ? SiteWriter.update(out, prior.hashes()) : SiteWriter.fresh(out)) {
      Optional<BuildCache> built;
      try {
        built = run(source, writer, prior);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (built.isEmpty() || (strict && diagnostics.warningCount() > 0)) {
        return new BuildResult(false, 0, 0, 0, elapsed(start));
      }
      BuildCache cache = built.get();
      Set<String> files = cache.hashes().keySet();
      BuildCache.delete(out); // the old cache describes the old folder, not the new one
      writer.commit(files, fingerprint);
      new BuildCache(
              BuildCache.FORMAT,
              fingerprint,
              cache.global(),
              cache.nav(),
              cache.reports(),
              cache.pages(),
              cache.index(),
              cache.shared())
          .write(out);
      int pages = (int) files.stream().filter(f -> f.endsWith(".html")).count();
      int reports =
          (int) cache.reports().values().stream().filter(u -> u.summary() != null).count();
      return new BuildResult(
          true,
          reports,
          pages,
          files.size(),
          elapsed(start),
          false,
          writer.written(),
          renderedPages.get());
    }
  }

  private String fingerprint(Path source, boolean strict) {
    if (!Files.isDirectory(source)) {
      return "";
    }
    return InputFingerprint.of(source, themeOf(source), "strict=" + strict + " drafts=" + drafts);
  }

  /** The theme folder site.yaml names, read quietly (the build reports its problems later). */
  private static Path themeOf(Path source) {
    return new SiteConfigLoader(new Diagnostics())
        .load(source.resolve("site.yaml"))
        .map(SiteConfig::theme)
        .orElse(null);
  }

  /** Loads, checks, scores and renders the site in memory; empty when there were errors. */
  public Optional<List<OutputFile>> render(Path source) {
    MemorySink sink = new MemorySink();
    return run(source, sink, BuildCache.EMPTY).map(built -> sink.files());
  }

  /**
   * Loads, checks, scores and renders the site, keeping nothing: {@code evalsite check}. Returns
   * whether it had no errors.
   */
  public boolean check(Path source) {
    return run(source, file -> null, BuildCache.EMPTY).isPresent();
  }

  /**
   * Builds the site into {@code sink}, reusing the units of {@code prior} whose inputs are
   * unchanged; returns what the next build needs to know, or empty when there were errors.
   */
  private Optional<BuildCache> run(Path source, OutputSink sink, BuildCache prior) {
    Optional<SiteSources> sources = new ContentScanner(diagnostics).scan(source);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    // Inputs are summed up before they are read: a file saved during the build then differs
    // from what this build records, and the next build takes it up.
    String settings = settings(sources.get(), sink.persists());
    Optional<SiteConfig> config = new SiteConfigLoader(diagnostics).load(sources.get().siteFile());
    Optional<ScoringRules> rules =
        new ScoringRulesLoader(diagnostics).load(sources.get().scoringFile());
    if (config.isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    String global = global(source, settings, config.get().theme(), sink.persists());
    memo.checkGlobal(global);
    BuildCache usable = prior.global().equals(global) ? prior : BuildCache.EMPTY;

    List<PageUnit> pages = loadPages(sources.get(), usable, sink);
    List<SiteViews.NavPage> nav = navigation(pages);
    String navKey = nav.toString();
    if (!navKey.equals(usable.nav())) {
      // Every page shows the navigation: nothing rendered with another one can be kept.
      usable = BuildCache.EMPTY;
      if (pages.stream().anyMatch(p -> p.kept() != null)) {
        pages = loadPages(sources.get(), usable, sink);
        nav = navigation(pages);
        navKey = nav.toString();
      }
    }
    List<ReportUnit> reports = loadReports(sources.get(), config.get(), rules.get(), usable, sink);
    pages.forEach(p -> (p.kept() != null ? replay(p.kept()) : p.own()).forEach(diagnostics::add));
    reports.forEach(r -> (r.kept() != null ? replay(r.kept()) : r.own()).forEach(diagnostics::add));
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Optional<Theme> theme = theme(config.get(), reports);
    if (theme.isEmpty() || diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Rendering rendering =
        new Rendering(source, config.get(), rules.get(), nav, theme.get(), sink, usable);
    try {
      rendering.render(reports, pages);
    } catch (ChartRenderer.ChartUnavailable e) {
      diagnostics.error(
          "E-CHART-001",
          SourcePos.of(config.get().file()),
          "cannot draw charts: this Java has no usable font system (" + e.getMessage() + ")",
          "Install fonts and fontconfig, e.g. `apt-get install -y fontconfig fonts-dejavu-core`.");
      return Optional.empty();
    }
    if (rendering.templateErrors.hasErrors()) {
      // A page that failed to render would make links to it look broken: report the cause only.
      rendering.templateErrors.all().forEach(diagnostics::add);
      return Optional.empty();
    }
    BuildCache built = rendering.result(global, navKey);
    checkLinks(built);
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(built);
  }

  /**
   * site.yaml and scoring.yaml, summed up by content for a build that keeps a cache (so a new
   * modification time alone changes nothing), by stamp for the preview (cheaper on every save).
   */
  private static String settings(SiteSources sources, boolean byContent) {
    return byContent
        ? InputFingerprint.contents(sources.siteFile())
            + InputFingerprint.contents(sources.scoringFile())
        : BuildMemo.stamp(sources.siteFile()) + BuildMemo.stamp(sources.scoringFile());
  }

  /**
   * What every unit shares: site.yaml, scoring.yaml, the theme, the options, evalsite itself, and
   * where the build runs (positions of kept warnings are relative to it).
   */
  private String global(Path source, String settings, Path theme, boolean byContent) {
    String themeSum =
        theme == null
            ? "built-in"
            : byContent ? InputFingerprint.contents(theme) : BuildMemo.stamp(theme);
    return SiteWriter.hash(
        String.join(
                "\n",
                settings,
                themeSum,
                "drafts=" + drafts,
                InputFingerprint.code(),
                Path.of("").toAbsolutePath().toString(),
                source.toString())
            .getBytes(StandardCharsets.UTF_8));
  }

  private static List<Diagnostic> replay(Unit unit) {
    return unit.warnings().stream().map(BuildCache.Warning::diagnostic).toList();
  }

  private List<PageUnit> loadPages(SiteSources sources, BuildCache usable, OutputSink sink) {
    int total = sources.pages().size();
    AtomicInteger loaded = new AtomicInteger();
    return sources.pages().parallelStream()
        .map(
            ps -> {
              BuildMemo.PageEntry known = memo.pages.get(ps.file());
              String stamp =
                  known != null && memo.knownUnchanged(ps.file())
                      ? known.stamp()
                      : BuildMemo.stamp(ps.file()) + ps.path();
              Reuse reuse = reuse(usable.page(ps.path()), stamp, ps.file(), sink);
              if (reuse.kept() != null) {
                return new PageUnit(ps, stamp, reuse.content(), null, List.of(), reuse.kept());
              }
              BuildMemo.PageEntry entry = memoPage(ps, stamp);
              return new PageUnit(
                  ps, stamp, reuse.content(), entry.page().orElse(null), entry.diagnostics(), null);
            })
        .peek(p -> progress.step("loading pages", loaded.incrementAndGet(), total))
        .toList();
  }

  /** The top-level published pages, by weight and path: reached from every page. */
  private List<SiteViews.NavPage> navigation(List<PageUnit> pages) {
    return pages.stream()
        .map(PageUnit::meta)
        .filter(m -> m != null && (drafts || !m.draft()) && !m.path().contains("/"))
        .sorted(
            Comparator.comparingInt(BuildCache.PageMeta::weight)
                .thenComparing(BuildCache.PageMeta::path))
        .map(m -> new SiteViews.NavPage(m.path(), m.title()))
        .toList();
  }

  private List<ReportUnit> loadReports(
      SiteSources sources,
      SiteConfig config,
      ScoringRules rules,
      BuildCache usable,
      OutputSink sink) {
    ReportChecker checker = new ReportChecker(rules, diagnostics);
    Scorer scorer = new Scorer(rules);
    int total = sources.reports().size();
    AtomicInteger loaded = new AtomicInteger();
    return sources.reports().parallelStream()
        .map(
            rs -> {
              BuildMemo.ReportEntry known = memo.reports.get(rs.slug());
              String stamp =
                  known != null && memo.knownUnchanged(rs.dir())
                      ? known.stamp()
                      : BuildMemo.stamp(rs.dir());
              Reuse reuse = reuse(usable.report(rs.slug()), stamp, rs.dir(), sink);
              ReportUnit unit;
              if (reuse.kept() != null) {
                unit =
                    new ReportUnit(
                        rs.slug(), rs.dir(), stamp, reuse.content(), null, List.of(), reuse.kept());
              } else {
                BuildMemo.ReportEntry entry = memoReport(rs, stamp, config, checker, scorer);
                unit =
                    new ReportUnit(
                        rs.slug(),
                        rs.dir(),
                        stamp,
                        reuse.content(),
                        entry.report().orElse(null),
                        entry.diagnostics(),
                        null);
              }
              progress.step("loading reports", loaded.incrementAndGet(), total);
              return unit;
            })
        .toList();
  }

  /**
   * The unit of the last build if it can stand for this one, and the checksum of its inputs now
   * (empty when the sink keeps no cache). The checksum is taken before the inputs are loaded, so a
   * file saved during the build differs from what this build records.
   */
  private record Reuse(Unit kept, String content) {}

  /**
   * Reuses {@code last} when its inputs ({@code input} and every file it copies) are unchanged, by
   * stamp or else by content, and every file it wrote is still in the output folder as written.
   */
  private static Reuse reuse(Optional<Unit> last, String stamp, Path input, OutputSink sink) {
    if (!sink.persists()) {
      return new Reuse(null, "");
    }
    Unit unit =
        last.filter(
                u ->
                    u.outputs().stream().allMatch(o -> sink.holds(o.path(), o.hash()))
                        && u.copied().stream()
                            .allMatch(c -> sink.holds(c.path(), c.hash()) && unchanged(c)))
            .orElse(null);
    String now = stampHash(stamp);
    if (unit != null && unit.stamp().equals(now)) {
      return new Reuse(unit, unit.content());
    }
    String content = InputFingerprint.contents(input);
    return unit != null && unit.content().equals(content)
        ? new Reuse(unit.withStamp(now), content)
        : new Reuse(null, content);
  }

  private static boolean unchanged(BuildCache.Copied copied) {
    Path source = Path.of(copied.source());
    if (Files.isSymbolicLink(source)) {
      return false; // a clean build refuses it: let this one load the unit and say so
    }
    if (BuildMemo.stamp(source).equals(copied.stamp())) {
      return true;
    }
    try {
      return SiteWriter.checksum(Files.readAllBytes(source)).equals(copied.hash());
    } catch (IOException e) {
      return false;
    }
  }

  /** A page as loaded by an earlier build in this JVM while its stamp is unchanged, else now. */
  private BuildMemo.PageEntry memoPage(SiteSources.PageSource ps, String stamp) {
    BuildMemo.PageEntry cached = memo.pages.get(ps.file());
    if (cached != null && cached.stamp().equals(stamp)) {
      return cached;
    }
    Diagnostics own = new Diagnostics();
    Optional<Page> page = new MarkdownReader(markdownRenderer, own).page(ps);
    BuildMemo.PageEntry entry = new BuildMemo.PageEntry(stamp, page, own.all());
    memo.remember(ps.file(), entry);
    return entry;
  }

  /** A report as loaded by an earlier build in this JVM while its stamp is unchanged, else now. */
  private BuildMemo.ReportEntry memoReport(
      SiteSources.ReportSources rs,
      String stamp,
      SiteConfig config,
      ReportChecker checker,
      Scorer scorer) {
    BuildMemo.ReportEntry cached = memo.reports.get(rs.slug());
    if (cached != null && cached.stamp().equals(stamp)) {
      return cached;
    }
    Diagnostics own = new Diagnostics();
    Optional<ScoredReport> report = loadReport(rs, config, checker.with(own), scorer, own);
    BuildMemo.ReportEntry entry = new BuildMemo.ReportEntry(stamp, report, own.all());
    memo.remember(rs.slug(), entry);
    return entry;
  }

  private Optional<ScoredReport> loadReport(
      SiteSources.ReportSources rs,
      SiteConfig config,
      ReportChecker checker,
      Scorer scorer,
      Diagnostics own) {
    MarkdownReader markdown = new MarkdownReader(markdownRenderer, own);
    Optional<Report> report =
        new ReportLoader(own).load(rs.slug(), rs.dataFile(), config.language());
    Map<Chapter, MarkdownDocument> narratives = new EnumMap<>(Chapter.class);
    rs.narratives()
        .forEach(
            (chapter, file) -> markdown.narrative(file).ifPresent(d -> narratives.put(chapter, d)));
    if (report.isEmpty() || (report.get().draft() && !drafts)) {
      return Optional.empty();
    }
    checker.checkData(report.get());
    checker.checkNarratives(report.get(), rs.dir(), narratives);
    if (own.hasErrors()) {
      return Optional.empty();
    }
    ReportScore score = scorer.score(report.get());
    checker.checkScores(score);
    return Optional.of(new ScoredReport(score, narratives));
  }

  /** The theme of an earlier build while it and site.yaml are unchanged, else opened now. */
  private Optional<Theme> theme(SiteConfig config, List<ReportUnit> reports) {
    TreeSet<String> languages = new TreeSet<>();
    languages.add(config.language());
    for (ReportUnit r : reports) {
      if (r.fresh() != null) {
        languages.add(r.fresh().score().report().language());
      } else if (r.kept() != null && r.kept().summary() != null) {
        languages.add(r.kept().summary().language());
      }
    }
    Theme known = memo.theme();
    if (known != null && known.hasLanguages(languages)) {
      return Optional.of(known);
    }
    Optional<Theme> theme = Theme.open(config.theme(), List.copyOf(languages), diagnostics);
    theme.ifPresent(memo::theme);
    return theme;
  }

  /** Every link of every unit against every file of the site and the anchors on its pages. */
  private void checkLinks(BuildCache built) {
    Map<String, List<String>> site = new HashMap<>();
    built.shared().keySet().forEach(path -> site.put(path, List.of()));
    List<LinkChecker.Source> sources = new ArrayList<>();
    List<Unit> units = new ArrayList<>(built.reports().values());
    units.addAll(built.pages().values());
    units.add(built.index());
    for (Unit unit : units) {
      unit.outputs().forEach(o -> site.put(o.path(), o.ids()));
      unit.copied().forEach(c -> site.put(c.path(), List.of()));
      Map<String, List<dk.evalsite.content.MarkdownDocument.LinkRef>> byPage = new TreeMap<>();
      unit.links()
          .forEach(l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.ref()));
      byPage.forEach((page, refs) -> sources.add(new LinkChecker.Source(page, refs)));
    }
    new LinkChecker(diagnostics).check(sources, site);
  }

  /** Renders the units loaded now, keeps the others, and gathers what the next build needs. */
  private final class Rendering {
    private final Path source;
    private final SiteConfig config;
    private final ScoringRules rules;
    private final List<SiteViews.NavPage> nav;
    private final Theme theme;
    private final OutputSink sink;
    private final BuildCache usable;
    private final PageRenderer renderer;
    final Diagnostics templateErrors = new Diagnostics();
    private final ChartRenderer charts = new ChartRenderer();
    private final SiteViews siteViews;
    private final TreeMap<String, Unit> reportUnits = new TreeMap<>();
    private final TreeMap<String, Unit> pageUnits = new TreeMap<>();
    private final TreeMap<String, String> shared = new TreeMap<>();
    private Unit index;

    Rendering(
        Path source,
        SiteConfig config,
        ScoringRules rules,
        List<SiteViews.NavPage> nav,
        Theme theme,
        OutputSink sink,
        BuildCache usable) {
      this.source = source;
      this.config = config;
      this.rules = rules;
      this.nav = nav;
      this.theme = theme;
      this.sink = sink;
      this.usable = usable;
      this.renderer = new PageRenderer(theme, templateErrors);
      this.siteViews = new SiteViews(config, nav, theme.messages(config.language()));
    }

    void render(List<ReportUnit> reports, List<PageUnit> pages) {
      int total = reports.size();
      AtomicInteger rendered = new AtomicInteger();
      List<Map.Entry<String, Unit>> reportResults =
          reports.parallelStream()
              .map(r -> Map.entry(r.slug(), r.kept() != null ? r.kept() : renderReport(r)))
              .peek(r -> progress.step("rendering reports", rendered.incrementAndGet(), total))
              .toList();
      reportResults.forEach(e -> reportUnits.put(e.getKey(), e.getValue()));
      List<PageUnit> published =
          pages.stream().filter(p -> p.meta() != null && (drafts || !p.meta().draft())).toList();
      AtomicInteger pagesDone = new AtomicInteger();
      published.parallelStream()
          .map(p -> Map.entry(p.source().path(), p.kept() != null ? p.kept() : renderPage(p)))
          .peek(
              e -> progress.step("rendering pages", pagesDone.incrementAndGet(), published.size()))
          .toList()
          .forEach(e -> pageUnits.put(e.getKey(), e.getValue()));
      index = renderIndex();
      shared.put(
          "assets/evalsite-chart.ttf", hashOf(put("assets/evalsite-chart.ttf", fontBytes())));
      for (Theme.Asset asset : theme.assets()) {
        String path = "assets/" + asset.path();
        shared.put(path, hashOf(sink.put(new OutputFile(path, asset.bytes()))));
      }
      checkCopiedFilesCollide();
      if (config.baseUrl() != null) {
        List<String> html = new ArrayList<>();
        Set<String> all = new TreeSet<>(shared.keySet());
        reportUnits.values().forEach(u -> u.outputs().forEach(o -> all.add(o.path())));
        pageUnits.values().forEach(u -> u.outputs().forEach(o -> all.add(o.path())));
        index.outputs().forEach(o -> all.add(o.path()));
        all.stream().filter(p -> p.endsWith(".html")).forEach(html::add);
        shared.put(
            "sitemap.xml",
            hashOf(sink.put(OutputFile.text("sitemap.xml", Sitemap.of(config.baseUrl(), html)))));
      }
    }

    /**
     * An image or attachment must not land where a page or a theme asset is: one of them would
     * silently win (pages/assets/style.css against the theme's assets/style.css).
     */
    private void checkCopiedFilesCollide() {
      Map<String, String> taken = new HashMap<>();
      shared.keySet().forEach(path -> taken.put(path, "a file of the theme"));
      List<Unit> units = new ArrayList<>(reportUnits.values());
      units.addAll(pageUnits.values());
      units.add(index);
      units.forEach(u -> u.outputs().forEach(o -> taken.put(o.path(), "a page of the site")));
      for (Unit unit : units) {
        for (BuildCache.Copied copied : unit.copied()) {
          String other = taken.get(copied.path());
          if (other != null) {
            diagnostics.error(
                "E-MD-005",
                SourcePos.of(Path.of(copied.source())),
                "this file would be published as " + copied.path() + ", where " + other + " is",
                "Rename the file or move it into another folder.");
          }
        }
      }
    }

    private byte[] fontBytes() {
      return ChartRenderer.fontFile();
    }

    private String put(String path, byte[] bytes) {
      return sink.put(new OutputFile(path, bytes));
    }

    BuildCache result(String global, String navKey) {
      return new BuildCache(
          BuildCache.FORMAT, "", global, navKey, reportUnits, pageUnits, index, shared);
    }

    /** A report's pages and scores.json, into the sink; what it contributed, for the cache. */
    private Unit renderReport(ReportUnit r) {
      if (r.fresh() == null) { // a draft left out of the published site
        return new Unit(
            stampHash(r.stamp()),
            r.content(),
            List.of(),
            List.of(),
            List.of(),
            warnings(r.own()),
            null,
            null);
      }
      ReportScore score = r.fresh().score();
      String slug = r.slug();
      List<OutputFile> files = memoRendered(r);
      List<BuildCache.Output> outputs = new ArrayList<>();
      for (OutputFile file : files) {
        outputs.add(output(file));
      }
      List<BuildCache.Link> links = new ArrayList<>();
      LinkedFiles linked = new LinkedFiles(diagnostics);
      for (Map.Entry<Chapter, MarkdownDocument> e : r.fresh().narratives().entrySet()) {
        MarkdownDocument doc = e.getValue();
        links(Urls.chapter(slug, e.getKey()), doc, links);
        linked.collect(doc, doc.source().toAbsolutePath().getParent(), "reports/" + slug + "/");
      }
      return new Unit(
          stampHash(r.stamp()),
          r.content(),
          outputs,
          links,
          copy(linked),
          warnings(r.own()),
          ReportSummary.of(score),
          null);
    }

    /** A report's files as rendered by an earlier build in this JVM while nothing changed. */
    private List<OutputFile> memoRendered(ReportUnit r) {
      String key = r.stamp() + "|" + nav;
      BuildMemo.Rendered cached = memo.rendered.get(r.slug());
      if (cached != null && cached.key().equals(key)) {
        return cached.files();
      }
      int before = templateErrors.errorCount();
      List<OutputFile> files = renderReportFiles(r.fresh());
      if (templateErrors.errorCount() == before) {
        memo.remember(r.slug(), new BuildMemo.Rendered(key, List.copyOf(files)));
      }
      return files;
    }

    private List<OutputFile> renderReportFiles(ScoredReport r) {
      var report = r.score().report();
      var msg = theme.messages(report.language());
      List<OutputFile> out = new ArrayList<>();
      List<PageView> views =
          new ReportViews(
                  r.score(), rules, r.narratives(), msg, new SiteViews(config, nav, msg), charts)
              .pages();
      for (PageView view : views) {
        renderer
            .render(view.template(), view.model())
            .ifPresent(html -> out.add(OutputFile.text(view.path(), html)));
      }
      out.add(OutputFile.text(Urls.scores(report.slug()), ScoresJson.of(r.score())));
      return out;
    }

    private Unit renderPage(PageUnit p) {
      Page page = p.fresh();
      PageView view = siteViews.page(page.path(), page.title(), page.draft(), page.document());
      List<BuildCache.Output> outputs = new ArrayList<>();
      renderer
          .render(view.template(), view.model())
          .ifPresent(html -> outputs.add(output(OutputFile.text(view.path(), html))));
      List<BuildCache.Link> links = new ArrayList<>();
      links(Urls.page(page.path()), page.document(), links);
      LinkedFiles linked = new LinkedFiles(diagnostics);
      linked.collect(page.document(), source.resolve("pages"), "");
      return new Unit(
          stampHash(p.stamp()),
          p.content(),
          outputs,
          links,
          copy(linked),
          warnings(p.own()),
          null,
          p.meta());
    }

    /**
     * The site index, kept while the navigation and every report's card (title, kind, lights) are
     * unchanged: a narrative edit does not redraw the portfolio chart.
     */
    private Unit renderIndex() {
      List<ReportSummary> summaries =
          reportUnits.values().stream()
              .map(Unit::summary)
              .filter(java.util.Objects::nonNull)
              .toList();
      String key = stampHash(nav + "|" + summaries);
      if (usable.index() != null
          && usable.index().stamp().equals(key)
          && usable.index().outputs().stream().allMatch(o -> sink.holds(o.path(), o.hash()))) {
        return usable.index();
      }
      OutputFile file = memo.renderedIndex(key);
      if (file == null) {
        PageView view = siteViews.index(summaries, charts);
        file =
            renderer
                .render(view.template(), view.model())
                .map(html -> OutputFile.text(view.path(), html))
                .orElse(null);
        if (file != null) {
          memo.renderedIndex(key, file);
        }
      }
      List<BuildCache.Output> outputs = file == null ? List.of() : List.of(output(file));
      return new Unit(key, key, outputs, List.of(), List.of(), List.of(), null, null);
    }

    /** Puts {@code file} into the sink and notes its hash and anchors. */
    private BuildCache.Output output(OutputFile file) {
      String hash = hashOf(sink.put(file));
      boolean page = file.path().endsWith(".html");
      if (page) {
        renderedPages.incrementAndGet();
      }
      List<String> ids = page ? LinkChecker.ids(file.bytes()) : List.of();
      return new BuildCache.Output(file.path(), hash, ids);
    }

    /** Copies the images and attachments a unit links to into the sink. */
    private List<BuildCache.Copied> copy(LinkedFiles linked) {
      List<BuildCache.Copied> copied = new ArrayList<>();
      for (LinkedFiles.LinkedFile file : linked.files()) {
        try {
          String stamp = BuildMemo.stamp(file.source()); // before reading: see Reuse
          byte[] bytes = Files.readAllBytes(file.source());
          String hash = hashOf(sink.put(new OutputFile(file.path(), bytes)));
          copied.add(new BuildCache.Copied(file.path(), file.source().toString(), stamp, hash));
        } catch (IOException e) {
          diagnostics.error(
              "E-IO-001",
              SourcePos.of(file.source()),
              "cannot read the file: " + e.getMessage(),
              "Check that the file exists and is readable.");
        }
      }
      return copied;
    }
  }

  private static void links(String page, MarkdownDocument doc, List<BuildCache.Link> out) {
    for (var ref : doc.links()) {
      if (!ref.image()) {
        out.add(BuildCache.Link.of(page, ref));
      }
    }
  }

  private static List<BuildCache.Warning> warnings(List<Diagnostic> own) {
    return own.stream().filter(d -> !d.isError()).map(BuildCache.Warning::of).toList();
  }

  private static String stampHash(String stamp) {
    return SiteWriter.hash(stamp.getBytes(StandardCharsets.UTF_8));
  }

  /** The sink's hash, or none when the sink keeps no hashes (the preview). */
  private static String hashOf(String hash) {
    return hash == null ? "" : hash;
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
