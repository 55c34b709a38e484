package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.LinkedFiles;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.Page;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.render.PageRenderer;
import dk.evalsite.render.PageView;
import dk.evalsite.render.ReportViews;
import dk.evalsite.render.SiteViews;
import dk.evalsite.render.Theme;
import dk.evalsite.render.Urls;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.ReportSummary;
import dk.evalsite.site.BuildCache.Unit;
import dk.evalsite.site.UnitLoader.PageUnit;
import dk.evalsite.site.UnitLoader.ReportUnit;
import dk.evalsite.site.UnitLoader.ScoredReport;
import dk.evalsite.validate.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the units a build loaded now into its {@link OutputSink}, keeps the units the last build
 * left as they were, then draws the index, copies the assets and writes the sitemap; gathers what
 * the next build needs to know ({@link #result}).
 */
final class UnitRenderer {
  private final Diagnostics diagnostics;
  private final boolean drafts;
  private final BuildMemo memo;
  private final Progress progress;
  private final AtomicInteger renderedPages = new AtomicInteger();

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

  UnitRenderer(
      BuildContext context,
      Path source,
      SiteConfig config,
      ScoringRules rules,
      List<SiteViews.NavPage> nav,
      Theme theme,
      OutputSink sink,
      BuildCache usable) {
    this.diagnostics = context.diagnostics();
    this.drafts = context.drafts();
    this.memo = context.memo();
    this.progress = context.progress();
    this.source = source;
    this.config = config;
    this.rules = rules;
    this.nav = nav;
    this.theme = theme;
    this.sink = sink;
    this.usable = usable;
    this.renderer = new PageRenderer(theme, templateErrors);
    this.siteViews =
        new SiteViews(config, nav, theme.messages(config.language()), theme.stylesheets());
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
        .peek(e -> progress.step("rendering pages", pagesDone.incrementAndGet(), published.size()))
        .toList()
        .forEach(e -> pageUnits.put(e.getKey(), e.getValue()));
    index = renderIndex();
    putShared(new OutputFile("assets/evalsite-chart.ttf", ChartRenderer.fontFile()));
    for (Theme.Asset asset : theme.assets()) {
      putShared(new OutputFile("assets/" + asset.path(), asset.bytes()));
    }
    checkCopiedFilesCollide();
    if (config.baseUrl() != null) {
      Set<String> all = new TreeSet<>(shared.keySet());
      units().forEach(u -> u.outputs().forEach(o -> all.add(o.path())));
      List<String> html = all.stream().filter(p -> p.endsWith(".html")).toList();
      putShared(OutputFile.text("sitemap.xml", Sitemap.of(config.baseUrl(), html)));
    }
  }

  /**
   * An image or attachment must not land where a page or a theme asset is: one of them would
   * silently win (pages/assets/style.css against the theme's assets/style.css).
   */
  private void checkCopiedFilesCollide() {
    Map<String, String> taken = new HashMap<>();
    shared.keySet().forEach(path -> taken.put(path, "a file of the theme"));
    List<Unit> units = units();
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

  /** A file of no one unit (the chart font, the theme's assets, the sitemap). */
  private void putShared(OutputFile file) {
    shared.put(file.path(), hashOf(sink.put(file)));
  }

  /** Every unit rendered or kept so far: the reports, the pages and the index. */
  private List<Unit> units() {
    return result("", "").units();
  }

  BuildCache result(String global, String navKey) {
    return new BuildCache(
        BuildCache.FORMAT, "", global, navKey, reportUnits, pageUnits, index, shared);
  }

  /** A report's pages and scores.json, into the sink; what it contributed, for the cache. */
  private Unit renderReport(ReportUnit r) {
    if (r.fresh() == null) { // a draft left out of the published site
      return new Unit(
          BuildCache.key(r.stamp()),
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
        BuildCache.key(r.stamp()),
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
                r.score(),
                rules,
                r.narratives(),
                msg,
                new SiteViews(config, nav, msg, theme.stylesheets()),
                charts)
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
        BuildCache.key(p.stamp()),
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
    String key = BuildCache.key(nav + "|" + summaries);
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

  /** How many pages this build rendered (the others were kept as the last build left them). */
  int renderedPages() {
    return renderedPages.get();
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
        String stamp = BuildMemo.stamp(file.source()); // before reading: see UnitLoader.Reuse
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

  /** The sink's hash, or none when the sink keeps no hashes (the preview). */
  private static String hashOf(String hash) {
    return hash == null ? "" : hash;
  }
}
