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

  public SiteBuilder(Diagnostics diagnostics, boolean drafts) {
    this.diagnostics = diagnostics;
    this.drafts = drafts;
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
    long start = System.nanoTime();
    Optional<List<OutputFile>> files = render(source);
    if (files.isEmpty() || (strict && diagnostics.warningCount() > 0)) {
      return new BuildResult(false, 0, 0, 0, elapsed(start));
    }
    SiteWriter.write(out, files.get());
    int pages = (int) files.get().stream().filter(f -> f.path().endsWith(".html")).count();
    int reports = (int) files.get().stream().filter(f -> f.path().endsWith("/scores.json")).count();
    return new BuildResult(true, reports, pages, files.get().size(), elapsed(start));
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
    MarkdownReader markdown = new MarkdownReader(new MarkdownRenderer(), diagnostics);
    ReportChecker checker = new ReportChecker(rules.get(), diagnostics);
    Scorer scorer = new Scorer(rules.get());
    List<ScoredReport> reports = new ArrayList<>();
    for (SiteSources.ReportSources rs : sources.get().reports()) {
      Optional<Report> report =
          new ReportLoader(diagnostics).load(rs.slug(), rs.dataFile(), config.get().language());
      Map<Chapter, MarkdownDocument> narratives = new EnumMap<>(Chapter.class);
      rs.narratives()
          .forEach(
              (chapter, file) ->
                  markdown.narrative(file).ifPresent(d -> narratives.put(chapter, d)));
      if (report.isEmpty() || (report.get().draft() && !drafts)) {
        continue;
      }
      int before = diagnostics.errorCount();
      checker.checkData(report.get());
      checker.checkNarratives(report.get(), rs.dir(), narratives);
      if (diagnostics.errorCount() > before) {
        continue;
      }
      ReportScore score = scorer.score(report.get());
      checker.checkScores(score);
      reports.add(new ScoredReport(score, narratives));
    }
    List<Page> pages = new ArrayList<>();
    for (SiteSources.PageSource ps : sources.get().pages()) {
      markdown.page(ps).filter(p -> drafts || !p.draft()).ifPresent(pages::add);
    }
    pages.sort(Comparator.comparingInt(Page::weight).thenComparing(Page::path));
    return Optional.of(new Loaded(config.get(), rules.get(), reports, pages));
  }

  private List<OutputFile> renderAll(Loaded site) {
    TreeSet<String> languages = new TreeSet<>();
    languages.add(site.config().language());
    site.reports().forEach(r -> languages.add(r.score().report().language()));
    Optional<Theme> theme = Theme.open(site.config().theme(), List.copyOf(languages), diagnostics);
    if (theme.isEmpty() || diagnostics.hasErrors()) {
      return List.of();
    }
    PageRenderer renderer = new PageRenderer(theme.get(), diagnostics);
    List<SiteViews.NavPage> nav =
        site.pages().stream().map(p -> new SiteViews.NavPage(p.path(), p.title())).toList();
    SiteViews siteViews =
        new SiteViews(site.config(), nav, theme.get().messages(site.config().language()));
    ChartRenderer charts = new ChartRenderer();
    List<PageView> views = new ArrayList<>();
    List<OutputFile> files = new ArrayList<>();
    List<ReportScore> scores = new ArrayList<>();
    try {
      for (ScoredReport r : site.reports()) {
        var report = r.score().report();
        var msg = theme.get().messages(report.language());
        views.addAll(
            new ReportViews(
                    r.score(),
                    site.rules(),
                    r.narratives(),
                    msg,
                    new SiteViews(site.config(), nav, msg),
                    charts)
                .pages());
        files.add(OutputFile.text(Urls.scores(report.slug()), ScoresJson.of(r.score())));
        scores.add(r.score());
      }
      views.add(siteViews.index(scores, charts));
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
      renderer
          .render(view.template(), view.model())
          .ifPresent(html -> files.add(OutputFile.text(view.path(), html)));
    }
    files.add(new OutputFile("assets/evalsite-chart.ttf", ChartRenderer.fontFile()));
    for (Theme.Asset asset : theme.get().assets()) {
      files.add(new OutputFile("assets/" + asset.path(), asset.bytes()));
    }
    if (site.config().baseUrl() != null) {
      files.add(OutputFile.text("sitemap.xml", Sitemap.of(site.config().baseUrl(), views)));
    }
    files.sort(Comparator.comparing(OutputFile::path));
    return files;
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
