package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.charts.PrintCharts;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.LinkedFiles;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.Page;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.pdf.PdfLinks;
import dk.evalsite.pdf.PdfRenderer;
import dk.evalsite.render.PageRenderer;
import dk.evalsite.render.PageView;
import dk.evalsite.render.ProjectPeers;
import dk.evalsite.render.ReportViews;
import dk.evalsite.render.SiteViews;
import dk.evalsite.render.Theme;
import dk.evalsite.render.Urls;
import dk.evalsite.scoring.EvaluationFigures;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.ReportSummary;
import dk.evalsite.search.SearchDoc;
import dk.evalsite.search.SearchPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage render: opens the theme, then renders each report (its pages, charts and scores.json) and
 * each documentation page loaded now, on all cores, streaming every file into the sink; units kept
 * from the last build stay as they were. A template error stops the build here, before links to a
 * page that failed could look broken.
 */
final class RenderUnits implements Stage<LoadedSite, RenderedSite> {
  private final BuildContext context;
  private final ChartRenderer charts;
  private final AtomicInteger renderedPages = new AtomicInteger();
  private static final PdfRenderer PDF = new PdfRenderer();

  RenderUnits(BuildContext context, ChartRenderer charts) {
    this.context = context;
    this.charts = charts;
  }

  @Override
  public Optional<RenderedSite> run(LoadedSite site) {
    Optional<Theme> theme = theme(site);
    if (theme.isEmpty() || context.diagnostics().hasErrors()) {
      return Optional.empty();
    }
    RenderedSite rendered = new RenderedSite(site, theme.get(), renderedPages);
    Diagnostics templateErrors = new Diagnostics();
    Renderer renderer = new Renderer(site, theme.get(), templateErrors, rendered.pdfJobs());
    try {
      renderReports(site, renderer, rendered);
      renderPages(site, renderer, rendered);
    } catch (ChartRenderer.ChartUnavailable e) {
      context
          .diagnostics()
          .error(
              "E-CHART-001",
              SourcePos.of(site.settings().config().file()),
              "cannot draw charts: this Java has no usable font system (" + e.getMessage() + ")",
              "Install fonts and fontconfig, e.g. `apt-get install -y fontconfig fonts-dejavu-core`.");
      return Optional.empty();
    }
    templateErrors.all().forEach(context.diagnostics()::add);
    return templateErrors.hasErrors() ? Optional.empty() : Optional.of(rendered);
  }

  /** The theme of an earlier build while the site-wide inputs are unchanged, else opened now. */
  private Optional<Theme> theme(LoadedSite site) {
    TreeSet<String> languages = new TreeSet<>(site.languages());
    String key = context.cache().siteInput("site") + languages;
    Theme known = context.themes().get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Theme> theme =
        Theme.open(site.settings().config().theme(), List.copyOf(languages), context.diagnostics());
    theme.ifPresent(t -> context.themes().put(key, t));
    return theme;
  }

  private void renderReports(LoadedSite site, Renderer renderer, RenderedSite rendered) {
    Map<String, String> peerSlugs = Projects.peers(site.reports());
    Map<String, ReportUnit> bySlug = new java.util.TreeMap<>();
    site.reports().forEach(r -> bySlug.put(r.slug(), r));
    renderer.peers = slug -> peerSlugs.containsKey(slug) ? bySlug.get(peerSlugs.get(slug)) : null;
    int total = site.reports().size();
    AtomicInteger done = new AtomicInteger();
    site.reports().parallelStream()
        .map(
            r ->
                Map.entry(
                    r.slug(), r.kept() != null ? keep(r.probe(), r.kept()) : renderer.report(r)))
        .peek(r -> context.progress().step("rendering reports", done.incrementAndGet(), total))
        .toList()
        .forEach(e -> rendered.report(e.getKey(), e.getValue()));
  }

  private void renderPages(LoadedSite site, Renderer renderer, RenderedSite rendered) {
    List<PageUnit> published =
        site.pages().stream()
            .filter(p -> p.meta() != null && (context.drafts() || !p.meta().draft()))
            .toList();
    AtomicInteger done = new AtomicInteger();
    published.parallelStream()
        .map(
            p ->
                Map.entry(
                    p.source().path(),
                    p.kept() != null ? keep(p.probe(), p.kept()) : renderer.page(p)))
        .peek(
            e ->
                context
                    .progress()
                    .step("rendering pages", done.incrementAndGet(), published.size()))
        .toList()
        .forEach(e -> rendered.page(e.getKey(), e.getValue()));
  }

  /** A unit kept as the last build made it, recorded again for the next build. */
  private UnitRecord keep(
      dk.evalsite.incremental.UnitCache.Probe<UnitRecord> probe, UnitRecord kept) {
    context.cache().record(probe, kept);
    return kept;
  }

  /** Renders one unit and records what it made in the unit cache. */
  private final class Renderer {
    private final LoadedSite site;
    private final Theme theme;
    private final PageRenderer pages;
    private final SiteViews siteViews;
    private final UnitOutputs outputs;
    private final PdfJobs pdfs;

    /** Renders for stage pdf, into the PDF jobs' own diagnostics (this stage's are reported). */
    private final PageRenderer latePages;

    /** The project peer of a report (by slug), or null. */
    java.util.function.Function<String, ReportUnit> peers = slug -> null;

    Renderer(LoadedSite site, Theme theme, Diagnostics templateErrors, PdfJobs pdfs) {
      this.site = site;
      this.pdfs = pdfs;
      this.latePages = new PageRenderer(theme, pdfs.diagnostics());
      this.theme = theme;
      this.pages = new PageRenderer(theme, templateErrors);
      var config = site.settings().config();
      this.siteViews = new SiteViews(config, site.nav(), theme::messages, theme.stylesheets());
      this.outputs = new UnitOutputs(context.sink(), context.diagnostics(), renderedPages);
    }

    UnitRecord report(ReportUnit unit) {
      UnitRecord record = unit.score() == null ? UnitRecord.empty(unit.own()) : published(unit);
      context.cache().record(unit.probe(), record);
      return record;
    }

    /** A report's pages and scores.json, into the sink. */
    private UnitRecord published(ReportUnit unit) {
      ReportScore score = unit.score();
      String slug = unit.slug();
      ProjectPeers peers = Projects.shown(unit, this.peers.apply(slug));
      var msg = theme.messages(score.report().language());
      List<UnitRecord.Output> written = new ArrayList<>();
      ReportViews report =
          new ReportViews(
              score,
              site.settings().rules(),
              unit.narratives(),
              msg,
              siteViews,
              charts,
              unit.twin(),
              peers);
      List<PageView> views = new ArrayList<>();
      PageView history = history(unit, report, msg);
      views.addAll(report.pages());
      if (history != null) {
        views.add(history);
      }
      List<SearchDoc> search = new ArrayList<>();
      String title = score.report().title();
      // The PDF edition is made last (stage pdf), once nothing else can fail the build; until then
      // the landing page is rendered without its link, for its anchors and its search text only.
      boolean pdf = context.pdf() && site.settings().config().pdf();
      String landing = Urls.chapter(slug, Chapter.RESUME);
      for (PageView view : views) {
        pages
            .render(view.template(), view.model())
            .ifPresent(
                html -> {
                  if (pdf && view.path().equals(landing)) {
                    written.add(UnitRecord.Output.pending(view.path(), html));
                  } else {
                    written.add(outputs.put(OutputFile.text(view.path(), html)));
                  }
                  if (!view.path().equals(Urls.history(slug))) {
                    // the history page prints superseded figures: not what a search should find
                    String kind = SearchEntries.kind(slug, view.path());
                    search.add(SearchEntries.page(view.path(), html, kind, title));
                  }
                });
      }
      search.addAll(SearchEntries.goals(score, msg, written));
      SearchPart searchPart = searched("reports/" + slug, search, written);
      written.add(
          outputs.put(OutputFile.text(Urls.scores(slug), ScoresJson.of(score, report.citation()))));
      List<UnitRecord.Link> links = new ArrayList<>();
      LinkedFiles linked = new LinkedFiles(context.diagnostics());
      for (Map.Entry<Chapter, MarkdownDocument> e : unit.narratives().entrySet()) {
        MarkdownDocument doc = e.getValue();
        UnitOutputs.links(Urls.chapter(slug, e.getKey()), doc, links);
        linked.collect(doc, doc.source().toAbsolutePath().getParent(), "reports/" + slug + "/");
      }
      UnitRecord record =
          new UnitRecord(
              written,
              links,
              outputs.copy(linked),
              UnitRecord.warnings(unit.own()),
              ReportSummary.of(score),
              null,
              ReportUnit.twinKey(unit.twin()),
              OpenDataRows.of(score, unit.twin() == null ? null : unit.twin().id()),
              score.report().project() == null ? null : EvaluationFigures.of(score),
              Projects.key(peers),
              searchPart);
      if (pdf) {
        pdfs.later(slug, () -> withPdf(unit, msg, report, record));
      }
      return record;
    }

    /**
     * {@code record} completed by the report's PDF edition and its landing page linking it (with
     * the PDF's size), recorded again in the unit cache. Without a PDF (E-PDF-001) the landing page
     * is written without the link.
     */
    private UnitRecord withPdf(
        ReportUnit unit, dk.evalsite.render.Messages msg, ReportViews report, UnitRecord record) {
      Optional<byte[]> edition = pdf(unit, msg);
      PageView landing = report.landing(edition.map(b -> (long) b.length).orElse(-1L));
      List<UnitRecord.Output> written = new ArrayList<>();
      for (UnitRecord.Output o : record.outputs()) {
        if (o.path().equals(landing.path())) {
          latePages
              .render(landing.template(), landing.model())
              .ifPresent(html -> written.add(outputs.put(OutputFile.text(o.path(), html))));
        } else {
          written.add(o);
        }
      }
      edition.ifPresent(b -> written.add(outputs.put(new OutputFile(Urls.pdf(unit.slug()), b))));
      UnitRecord done = record.withOutputs(written);
      context.cache().record(unit.probe(), done);
      return done;
    }

    /**
     * The report's PDF edition: its print document from the theme's pdf.ftlh (the same views as its
     * pages, charts as vector drawings), laid out by {@link PdfRenderer}. Empty on a template
     * error.
     */
    private Optional<byte[]> pdf(ReportUnit unit, dk.evalsite.render.Messages msg) {
      PrintCharts charts = new PrintCharts();
      ReportViews print =
          new ReportViews(
              unit.score(),
              site.settings().rules(),
              unit.narratives(),
              msg,
              siteViews,
              ChartRenderer.forPrint(charts),
              unit.twin());
      var report = unit.score().report();
      Optional<String> html = latePages.render("pdf.ftlh", print.print());
      if (html.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            PDF.render(
                html.get(),
                report.date(),
                unit.source().dir().toAbsolutePath(),
                charts,
                new PdfLinks(chapterPages(unit.slug()), site.settings().config().baseUrl())));
      } catch (RuntimeException e) {
        // A layout the PDF library cannot handle is a problem of this report, not a crash.
        context
            .diagnostics()
            .error(
                "E-PDF-001",
                SourcePos.of(unit.source().dataFile()),
                "cannot make the PDF edition of report `" + unit.slug() + "`: " + e,
                "Check the theme's pdf.ftlh and the report's narratives; `build --no-pdf` builds"
                    + " the site without PDFs meanwhile.");
        return Optional.empty();
      }
    }

    /** The site path of each chapter by its element's id in pdf.ftlh ({@code chapter-<id>}). */
    private static Map<String, String> chapterPages(String slug) {
      Map<String, String> pages = new java.util.TreeMap<>();
      for (Chapter chapter : Chapter.values()) {
        pages.put("chapter-" + chapter.id(), Urls.chapter(slug, chapter));
      }
      return pages;
    }

    /**
     * What search keeps of a unit ({@code key}: its texts' file name), its texts written as one of
     * the unit's files; null when there is nothing to find.
     */
    private SearchPart searched(String key, List<SearchDoc> docs, List<UnitRecord.Output> written) {
      if (docs.isEmpty()) {
        return null;
      }
      written.add(outputs.put(OutputFile.text(SearchPart.path(key), SearchPart.script(key, docs))));
      return SearchPart.of(key, docs);
    }

    /**
     * The report's revision history page, when git's history of the content folder is read; null
     * otherwise. A revision that cannot be read leaves the page out, with a warning.
     */
    private PageView history(ReportUnit unit, ReportViews report, dk.evalsite.render.Messages msg) {
      var history = site.settings().history();
      if (history.state() != dk.evalsite.history.History.State.READ) {
        return null;
      }
      java.time.ZoneId zone = site.settings().config().timeZone();
      List<String> files = new ArrayList<>();
      java.nio.file.Path root = site.settings().sources().root().toAbsolutePath().normalize();
      files.add(relative(root, unit.source().dataFile()));
      unit.source().narratives().values().forEach(f -> files.add(relative(root, f)));
      try {
        List<dk.evalsite.render.HistoryViews.Revision> revisions = new ArrayList<>();
        for (var entry :
            dk.evalsite.diff.ReportRevisions.of(
                history, context.source(), unit.slug(), files, theme::messages)) {
          List<dk.evalsite.render.HistoryViews.Moved> moved = new ArrayList<>();
          for (var c : entry.changes()) {
            moved.add(
                new dk.evalsite.render.HistoryViews.Moved(
                    c.goal(), c.region(), c.field(), c.old(), c.now()));
          }
          revisions.add(
              new dk.evalsite.render.HistoryViews.Revision(
                  entry.time().atZone(zone).toLocalDate(), entry.first(), moved));
        }
        return report.history(revisions);
      } catch (java.io.IOException | RuntimeException e) {
        context
            .diagnostics()
            .warning(
                "W-GIT-003",
                dk.evalsite.diag.SourcePos.of(unit.source().dataFile()),
                "cannot read the revision history of report `" + unit.slug() + "` (" + e + ")",
                "The report is published without its history page. Check the repository with"
                    + " `git fsck`, or build with --no-git-dates.");
        return null;
      }
    }

    private static String relative(java.nio.file.Path root, java.nio.file.Path file) {
      return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    UnitRecord page(PageUnit unit) {
      Page page = unit.page();
      UnitRecord.PageMeta meta = unit.meta();
      PageView view =
          siteViews.page(
              page.path(),
              meta.title(),
              meta.language(),
              page.description(),
              page.draft(),
              page.document(),
              unit.twin(),
              page.dates());
      List<UnitRecord.Output> written = new ArrayList<>();
      List<SearchDoc> search = new ArrayList<>();
      pages
          .render(view.template(), view.model())
          .ifPresent(
              html -> {
                written.add(outputs.put(OutputFile.text(view.path(), html)));
                search.add(SearchEntries.page(view.path(), html, "page", null));
              });
      SearchPart searchPart = searched("pages/" + page.path(), search, written);
      List<UnitRecord.Link> links = new ArrayList<>();
      UnitOutputs.links(Urls.page(page.path()), page.document(), links);
      LinkedFiles linked = new LinkedFiles(context.diagnostics());
      linked.collect(page.document(), context.source().resolve("pages"), "");
      UnitRecord record =
          new UnitRecord(
              written,
              links,
              outputs.copy(linked),
              UnitRecord.warnings(unit.own()),
              null,
              meta,
              ReportUnit.twinKey(unit.twin()),
              null,
              null,
              "",
              searchPart);
      context.cache().record(unit.probe(), record);
      return record;
    }
  }
}
