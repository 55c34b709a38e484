package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.ContentScanner;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownReader;
import dk.evalsite.content.MarkdownRenderer;
import dk.evalsite.content.Page;
import dk.evalsite.content.SiteSources;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.render.PageRenderer;
import dk.evalsite.render.ReportViews;
import dk.evalsite.render.ReportViews.PageView;
import dk.evalsite.render.SiteViews;
import dk.evalsite.render.Theme;
import dk.evalsite.render.Urls;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Scorer;
import dk.evalsite.validate.ReportChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds a site: load, validate, score, render, write, in that order. Any error stops the build
 * before anything is written.
 */
public final class SiteBuilder {
  private final Diagnostics diagnostics;
  private final boolean drafts;
  private final BuildMemo memo;
  private final Progress progress;
  private final MarkdownRenderer markdownRenderer = new MarkdownRenderer();

  public SiteBuilder(Diagnostics diagnostics, boolean drafts) {
    this(diagnostics, drafts, new BuildMemo());
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

  /** Everything loaded and scored, ready to render. */
  record Loaded(
      SiteConfig config, ScoringRules rules, List<ScoredReport> reports, List<Page> pages) {}

  record ScoredReport(ReportScore score, Map<Chapter, MarkdownDocument> narratives) {}

  public BuildResult build(Path source, Path out) throws IOException {
    return build(source, out, false);
  }

  /**
   * Checks and renders the site in memory and writes it only when there were no errors (and, when
   * {@code strict}, no warnings either); otherwise writes nothing.
   */
  public BuildResult build(Path source, Path out, boolean strict) throws IOException {
    return build(source, out, strict, true);
  }

  /**
   * As {@link #build(Path, Path, boolean)}; unless {@code clean}, a build into a folder an earlier
   * build wrote is incremental: when no input changed since, it does nothing at all; otherwise it
   * rewrites only the files whose bytes changed. A clean build writes a fresh folder and swaps it
   * in.
   */
  public BuildResult build(Path source, Path out, boolean strict, boolean clean)
      throws IOException {
    long start = System.nanoTime();
    String fingerprint = fingerprint(source, strict);
    boolean earlier = Files.isRegularFile(out.resolve(SiteWriter.MARKER));
    if (!clean && earlier && SiteWriter.fingerprint(out).filter(fingerprint::equals).isPresent()) {
      return new BuildResult(true, 0, 0, 0, elapsed(start), true, 0);
    }
    Optional<List<OutputFile>> files = render(source);
    if (files.isEmpty() || (strict && diagnostics.warningCount() > 0)) {
      return new BuildResult(false, 0, 0, 0, elapsed(start));
    }
    int rewritten;
    if (!clean && earlier) {
      rewritten = SiteWriter.update(out, files.get(), fingerprint);
    } else {
      SiteWriter.write(out, files.get(), fingerprint);
      rewritten = files.get().size();
    }
    int pages = (int) files.get().stream().filter(f -> f.path().endsWith(".html")).count();
    int reports = (int) files.get().stream().filter(f -> f.path().endsWith("/scores.json")).count();
    return new BuildResult(
        true, reports, pages, files.get().size(), elapsed(start), false, rewritten);
  }

  private String fingerprint(Path source, boolean strict) {
    if (!Files.isDirectory(source)) {
      return "";
    }
    Path theme =
        new SiteConfigLoader(new Diagnostics())
            .load(source.resolve("site.yaml"))
            .map(SiteConfig::theme)
            .orElse(null);
    return InputFingerprint.of(source, theme, "strict=" + strict + " drafts=" + drafts);
  }

  /** Loads, checks, scores and renders the site in memory; empty when there were errors. */
  public Optional<List<OutputFile>> render(Path source) {
    Optional<Loaded> loaded = load(source);
    if (loaded.isEmpty() || diagnostics.hasErrors()) {
      return Optional.empty();
    }
    List<OutputFile> files = new ArrayList<>(renderAll(loaded.get()));
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    SiteLinks links = new SiteLinks(diagnostics);
    files.addAll(links.linkedFiles(source, loaded.get()));
    files.sort(Comparator.comparing(OutputFile::path));
    links.check(loaded.get(), files);
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(List.copyOf(files));
  }

  Optional<Loaded> load(Path source) {
    Optional<SiteSources> sources = new ContentScanner(diagnostics).scan(source);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    Optional<SiteConfig> config = new SiteConfigLoader(diagnostics).load(sources.get().siteFile());
    Optional<ScoringRules> rules =
        new ScoringRulesLoader(diagnostics).load(sources.get().scoringFile());
    if (config.isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    Path theme = config.get().theme();
    memo.checkGlobal(
        BuildMemo.stamp(sources.get().siteFile())
            + BuildMemo.stamp(sources.get().scoringFile())
            + (theme == null ? "built-in" : BuildMemo.stamp(theme))
            + drafts);
    ReportChecker checker = new ReportChecker(rules.get(), diagnostics);
    Scorer scorer = new Scorer(rules.get());
    // Reports are independent: load, check and score them on all cores, in their sorted order.
    int total = sources.get().reports().size();
    java.util.concurrent.atomic.AtomicInteger loaded =
        new java.util.concurrent.atomic.AtomicInteger();
    List<ScoredReport> reports =
        sources.get().reports().parallelStream()
            .map(rs -> memoReport(rs, config.get(), checker, scorer))
            .peek(r -> progress.step("loading reports", loaded.incrementAndGet(), total))
            .flatMap(Optional::stream)
            .toList();
    List<Page> pages =
        sources.get().pages().parallelStream()
            .map(this::memoPage)
            .flatMap(Optional::stream)
            .filter(p -> drafts || !p.draft())
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    pages.sort(Comparator.comparingInt(Page::weight).thenComparing(Page::path));
    return Optional.of(new Loaded(config.get(), rules.get(), reports, pages));
  }

  /** A page as loaded by an earlier build while its file is unchanged, else loaded now. */
  private Optional<Page> memoPage(SiteSources.PageSource ps) {
    BuildMemo.PageEntry cached = memo.pages.get(ps.file());
    String stamp =
        cached != null && memo.knownUnchanged(ps.file())
            ? cached.stamp()
            : BuildMemo.stamp(ps.file()) + ps.path();
    if (cached == null || !cached.stamp().equals(stamp)) {
      Diagnostics own = new Diagnostics();
      Optional<Page> page = new MarkdownReader(markdownRenderer, own).page(ps);
      cached = new BuildMemo.PageEntry(stamp, page, own.all());
      memo.pages.put(ps.file(), cached);
    }
    cached.diagnostics().forEach(diagnostics::add);
    return cached.page();
  }

  /** A report as loaded by an earlier build while its folder is unchanged, else loaded now. */
  private Optional<ScoredReport> memoReport(
      SiteSources.ReportSources rs, SiteConfig config, ReportChecker checker, Scorer scorer) {
    BuildMemo.ReportEntry cached = memo.reports.get(rs.slug());
    String stamp =
        cached != null && memo.knownUnchanged(rs.dir())
            ? cached.stamp()
            : BuildMemo.stamp(rs.dir());
    if (cached == null || !cached.stamp().equals(stamp)) {
      Diagnostics own = new Diagnostics();
      Optional<ScoredReport> report = loadReport(rs, config, checker.with(own), scorer, own);
      cached = new BuildMemo.ReportEntry(stamp, report, own.all());
      memo.reports.put(rs.slug(), cached);
    }
    cached.diagnostics().forEach(diagnostics::add);
    return cached.report();
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

  private List<OutputFile> renderAll(Loaded site) {
    TreeSet<String> languages = new TreeSet<>();
    languages.add(site.config().language());
    site.reports().forEach(r -> languages.add(r.score().report().language()));
    Optional<Theme> theme = theme(site, languages);
    if (theme.isEmpty() || diagnostics.hasErrors()) {
      return List.of();
    }
    PageRenderer renderer = new PageRenderer(theme.get(), diagnostics);
    // The navigation lists the top-level pages; pages in folders are reached by their links.
    List<SiteViews.NavPage> nav =
        site.pages().stream()
            .filter(p -> !p.path().contains("/"))
            .map(p -> new SiteViews.NavPage(p.path(), p.title()))
            .toList();
    SiteViews siteViews =
        new SiteViews(site.config(), nav, theme.get().messages(site.config().language()));
    ChartRenderer charts = new ChartRenderer();
    List<PageView> views = new ArrayList<>();
    List<OutputFile> files = new ArrayList<>();
    List<ReportScore> scores = new ArrayList<>();
    try {
      // Each report's pages are rendered on all cores; the results keep the reports' order.
      int total = site.reports().size();
      java.util.concurrent.atomic.AtomicInteger rendered =
          new java.util.concurrent.atomic.AtomicInteger();
      List<List<OutputFile>> perReport =
          site.reports().parallelStream()
              .map(r -> memoRendered(r, site, nav, theme.get(), renderer, charts))
              .peek(r -> progress.step("rendering reports", rendered.incrementAndGet(), total))
              .toList();
      perReport.forEach(files::addAll);
      site.reports().forEach(r -> scores.add(r.score()));
      views.add(memoIndex(siteViews, scores, charts, nav));
    } catch (ChartRenderer.ChartUnavailable e) {
      diagnostics.error(
          "E-CHART-001",
          SourcePos.of(site.config().file()),
          "cannot draw charts: this Java has no usable font system (" + e.getMessage() + ")",
          "Install fonts and fontconfig, e.g. `apt-get install -y fontconfig fonts-dejavu-core`.");
      return List.of();
    }
    for (Page page : site.pages()) {
      views.add(siteViews.page(page.path(), page.title(), page.draft(), page.document()));
    }
    for (PageView view : views) {
      OutputFile known = memo.renderedView(view);
      if (known != null) {
        files.add(known); // the index, unchanged since the last build
        continue;
      }
      renderer
          .render(view.template(), view.model())
          .ifPresent(
              html -> {
                OutputFile file = OutputFile.text(view.path(), html);
                memo.renderedView(view, file);
                files.add(file);
              });
    }
    files.add(new OutputFile("assets/evalsite-chart.ttf", ChartRenderer.fontFile()));
    for (Theme.Asset asset : theme.get().assets()) {
      files.add(new OutputFile("assets/" + asset.path(), asset.bytes()));
    }
    if (site.config().baseUrl() != null) {
      files.add(memo.sitemap(site.config().baseUrl(), files));
    }
    files.sort(Comparator.comparing(OutputFile::path));
    return files;
  }

  /**
   * The site index of an earlier build while the reports' titles, kinds, figures and lights it
   * shows are unchanged: a narrative edit does not redraw the portfolio chart.
   */
  private PageView memoIndex(
      SiteViews siteViews,
      List<ReportScore> scores,
      ChartRenderer charts,
      List<SiteViews.NavPage> nav) {
    StringBuilder key = new StringBuilder(nav.toString());
    for (ReportScore s : scores) {
      var r = s.report();
      key.append('|')
          .append(r.slug())
          .append(r.title())
          .append(r.kind())
          .append(r.language())
          .append(r.facts().grantHolder())
          .append(s.implementation().mean())
          .append(s.implementation().light())
          .append(s.headline().percent())
          .append(s.headline().light())
          .append(r.effect().light());
    }
    PageView cached = memo.index(key.toString());
    if (cached == null) {
      cached = siteViews.index(scores, charts);
      memo.index(key.toString(), cached);
    }
    return cached;
  }

  /** The theme of an earlier build while it and site.yaml are unchanged, else opened now. */
  private Optional<Theme> theme(Loaded site, java.util.Set<String> languages) {
    Theme known = memo.theme();
    if (known != null && known.hasLanguages(languages)) {
      return Optional.of(known);
    }
    Optional<Theme> theme = Theme.open(site.config().theme(), List.copyOf(languages), diagnostics);
    theme.ifPresent(memo::theme);
    return theme;
  }

  /** A report's pages as rendered by an earlier build while nothing they show has changed. */
  private List<OutputFile> memoRendered(
      ScoredReport r,
      Loaded site,
      List<SiteViews.NavPage> nav,
      Theme theme,
      PageRenderer renderer,
      ChartRenderer charts) {
    String slug = r.score().report().slug();
    String key = memo.reports.get(slug).stamp() + "|" + nav;
    BuildMemo.Rendered cached = memo.rendered.get(slug);
    if (cached != null && cached.key().equals(key)) {
      return cached.files();
    }
    int before = diagnostics.errorCount();
    List<OutputFile> files = renderReport(r, site, nav, theme, renderer, charts);
    if (diagnostics.errorCount() == before) {
      memo.rendered.put(slug, new BuildMemo.Rendered(key, List.copyOf(files)));
    }
    return files;
  }

  private List<OutputFile> renderReport(
      ScoredReport r,
      Loaded site,
      List<SiteViews.NavPage> nav,
      Theme theme,
      PageRenderer renderer,
      ChartRenderer charts) {
    var report = r.score().report();
    var msg = theme.messages(report.language());
    List<OutputFile> out = new ArrayList<>();
    List<PageView> pages =
        new ReportViews(
                r.score(),
                site.rules(),
                r.narratives(),
                msg,
                new SiteViews(site.config(), nav, msg),
                charts)
            .pages();
    for (PageView view : pages) {
      renderer
          .render(view.template(), view.model())
          .ifPresent(html -> out.add(OutputFile.text(view.path(), html)));
    }
    out.add(OutputFile.text(Urls.scores(report.slug()), ScoresJson.of(r.score())));
    return out;
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
