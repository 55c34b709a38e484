package dk.evalsite.site;

import dk.evalsite.content.Chapter;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownReader;
import dk.evalsite.content.MarkdownRenderer;
import dk.evalsite.content.SiteSources.ReportSources;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.incremental.UnitInputs;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage load: reads each report (report.yaml and its narratives) on all cores, or keeps it as the
 * last build made it while its folder is unchanged. A draft is left out unless drafts are shown.
 */
final class LoadReports implements Stage<LoadedSite, LoadedSite> {
  private final BuildContext context;
  private final MarkdownRenderer markdown;

  LoadReports(BuildContext context, MarkdownRenderer markdown) {
    this.context = context;
    this.markdown = markdown;
  }

  @Override
  public Optional<LoadedSite> run(LoadedSite site) {
    List<ReportSources> sources = site.settings().sources().reports();
    AtomicInteger loaded = new AtomicInteger();
    String language = site.settings().config().language();
    List<ReportUnit> reports =
        sources.parallelStream()
            .map(rs -> load(rs, language))
            .peek(
                r ->
                    context
                        .progress()
                        .step("loading reports", loaded.incrementAndGet(), sources.size()))
            .toList();
    reports.forEach(
        r -> (r.kept() != null ? r.kept().replay() : r.own()).forEach(context.diagnostics()::add));
    return Optional.of(site.withReports(reports));
  }

  private ReportUnit load(ReportSources rs, String siteLanguage) {
    Probe<UnitRecord> probe = context.cache().probe("report:" + rs.slug(), UnitInputs.of(rs.dir()));
    Optional<UnitRecord> kept = probe.kept().filter(r -> r.stillIn(context.sink()));
    if (kept.isPresent()) {
      return new ReportUnit(rs, probe, kept.get(), null, Map.of(), null, List.of());
    }
    Diagnostics own = new Diagnostics();
    own.stage("load");
    MarkdownReader reader = new MarkdownReader(markdown, own);
    Optional<Report> report = new ReportLoader(own).load(rs.slug(), rs.dataFile(), siteLanguage);
    Map<Chapter, MarkdownDocument> narratives = new EnumMap<>(Chapter.class);
    rs.narratives()
        .forEach(
            (chapter, file) -> reader.narrative(file).ifPresent(d -> narratives.put(chapter, d)));
    boolean published = report.isPresent() && (!report.get().draft() || context.drafts());
    return new ReportUnit(
        rs, probe, null, published ? report.get() : null, narratives, null, own.all());
  }
}
