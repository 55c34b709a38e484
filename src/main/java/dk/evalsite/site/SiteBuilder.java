package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.content.ContentScanner;
import dk.evalsite.content.SiteSources;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.render.SiteViews;
import dk.evalsite.render.Theme;
import dk.evalsite.site.BuildCache.Unit;
import dk.evalsite.validate.LinkChecker;
import dk.evalsite.validate.ScoringTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
  private final AtomicInteger renderedPages = new AtomicInteger();
  private final BuildContext context;
  private final UnitLoader loader;

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
    this.context = new BuildContext(diagnostics, drafts, memo, progress);
    this.loader = new UnitLoader(context);
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

    List<UnitLoader.PageUnit> pages = loader.loadPages(sources.get(), usable, sink);
    List<SiteViews.NavPage> nav = navigation(pages);
    String navKey = nav.toString();
    if (!navKey.equals(usable.nav())) {
      // Every page shows the navigation: nothing rendered with another one can be kept.
      usable = BuildCache.EMPTY;
      if (pages.stream().anyMatch(p -> p.kept() != null)) {
        pages = loader.loadPages(sources.get(), usable, sink);
        nav = navigation(pages);
        navKey = nav.toString();
      }
    }
    List<UnitLoader.ReportUnit> reports =
        loader.loadReports(sources.get(), config.get(), rules.get(), usable, sink);
    pages.forEach(p -> (p.kept() != null ? replay(p.kept()) : p.own()).forEach(diagnostics::add));
    reports.forEach(r -> (r.kept() != null ? replay(r.kept()) : r.own()).forEach(diagnostics::add));
    Map<String, String> languages = reportOfEachLanguage(reports);
    ScoringTexts.check(rules.get(), languages, diagnostics);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Optional<Theme> theme = theme(config.get(), languages.keySet());
    if (theme.isEmpty() || diagnostics.hasErrors()) {
      return Optional.empty();
    }
    UnitRenderer rendering =
        new UnitRenderer(
            context, source, config.get(), rules.get(), nav, theme.get(), sink, usable);
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
    renderedPages.set(rendering.renderedPages());
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

  /** The top-level published pages, by weight and path: reached from every page. */
  private List<SiteViews.NavPage> navigation(List<UnitLoader.PageUnit> pages) {
    return pages.stream()
        .map(UnitLoader.PageUnit::meta)
        .filter(m -> m != null && (drafts || !m.draft()) && !m.path().contains("/"))
        .sorted(
            Comparator.comparingInt(BuildCache.PageMeta::weight)
                .thenComparing(BuildCache.PageMeta::path))
        .map(m -> new SiteViews.NavPage(m.path(), m.title()))
        .toList();
  }

  /** The languages of the published reports, each with the first report written in it. */
  private static Map<String, String> reportOfEachLanguage(List<UnitLoader.ReportUnit> reports) {
    Map<String, String> languages = new TreeMap<>();
    for (UnitLoader.ReportUnit r : reports) {
      String language =
          r.fresh() != null
              ? r.fresh().score().report().language()
              : r.kept() != null && r.kept().summary() != null
                  ? r.kept().summary().language()
                  : null;
      if (language != null) {
        languages.putIfAbsent(language, r.slug());
      }
    }
    return languages;
  }

  /** The theme of an earlier build while it and site.yaml are unchanged, else opened now. */
  private Optional<Theme> theme(SiteConfig config, Set<String> reportLanguages) {
    TreeSet<String> languages = new TreeSet<>(reportLanguages);
    languages.add(config.language());
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
    for (Unit unit : built.units()) {
      unit.outputs().forEach(o -> site.put(o.path(), o.ids()));
      unit.copied().forEach(c -> site.put(c.path(), List.of()));
      Map<String, List<dk.evalsite.content.MarkdownDocument.LinkRef>> byPage = new TreeMap<>();
      unit.links()
          .forEach(l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.ref()));
      byPage.forEach((page, refs) -> sources.add(new LinkChecker.Source(page, refs)));
    }
    new LinkChecker(diagnostics).check(sources, site);
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
