package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.incremental.UnitInputs;
import dk.evalsite.render.FacetViews;
import dk.evalsite.render.PageRenderer;
import dk.evalsite.render.PageView;
import dk.evalsite.render.SiteViews;
import dk.evalsite.render.TableViews;
import dk.evalsite.scoring.ReportSummary;
import dk.evalsite.validate.Twins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stage index: the site's front page, its 404 page, the facet pages and the sortable table, one
 * unit whose inputs are every report's summary (title, kind, lights, figures, translation, fund,
 * priority axis, regions, year): a narrative edit does not redraw the portfolio chart, and a
 * changed summary writes every one of these pages again (the pages it no longer makes are removed
 * with the rest of the last build's leftovers). A report and its translation are one evaluation:
 * one card, counted once.
 */
final class RenderIndex implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;
  private final ChartRenderer charts;

  RenderIndex(BuildContext context, ChartRenderer charts) {
    this.context = context;
    this.charts = charts;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    List<ReportSummary> cards =
        site.reports().values().stream().map(UnitRecord::summary).filter(Objects::nonNull).toList();
    Probe<UnitRecord> probe =
        context.cache().probe("index", UnitInputs.of().with("cards", cards.toString()));
    UnitRecord record = probe.kept().filter(r -> r.stillIn(context.sink())).orElse(null);
    if (record == null) {
      Diagnostics templateErrors = new Diagnostics();
      var config = site.loaded().settings().config();
      SiteViews siteViews =
          new SiteViews(
              config, site.loaded().nav(), site.theme()::messages, site.theme().stylesheets());
      Map<String, String> twins =
          Twins.resolve(
              "report",
              cards.stream()
                  .map(c -> new Twins.Member(c.slug(), c.language(), c.translation()))
                  .toList(),
              cards.stream().map(ReportSummary::slug).toList(),
              new Diagnostics());
      UnitOutputs outputs =
          new UnitOutputs(context.sink(), context.diagnostics(), site.renderedPagesCounter());
      PageRenderer renderer = new PageRenderer(site.theme(), templateErrors);
      List<UnitRecord.Output> written = new ArrayList<>();
      List<PageView> views = new ArrayList<>(siteViews.index(cards, twins, charts));
      views.add(siteViews.notFound(cards));
      views.addAll(new FacetViews(siteViews).pages(cards, twins, charts));
      views.addAll(new TableViews(siteViews).pages(cards, twins));
      for (PageView view : views) {
        renderer
            .render(view.template(), view.model())
            .ifPresent(html -> written.add(outputs.put(OutputFile.text(view.path(), html))));
      }
      templateErrors.all().forEach(context.diagnostics()::add);
      if (templateErrors.hasErrors()) {
        return Optional.empty();
      }
      record =
          new UnitRecord(
              written, List.of(), List.of(), List.of(), null, null, "", null, null, "", null);
    }
    context.cache().record(probe, record);
    site.index(record);
    return Optional.of(site);
  }
}
