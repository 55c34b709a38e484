package dk.evalsite.scoring;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.Light;
import dk.evalsite.config.Translation;
import java.math.BigDecimal;

/**
 * What the site index shows of a report: its card and its share of the portfolio chart. Small and
 * plain, so an incremental build can keep it for an unchanged report instead of loading it again.
 * {@code translation} is the twin the report names, or null; {@code project} the project it
 * evaluates, or null. {@code fund}, {@code priorityAxis}, {@code regions} (their names, each once)
 * and {@code year} (of its publication: report.yaml's date, else its first commit when dates come
 * from git; null when neither is known) place it on the facet pages. {@code dates} says when it was
 * first published and last changed.
 */
public record ReportSummary(
    String slug,
    String title,
    EvaluationKind kind,
    String language,
    String grantHolder,
    boolean draft,
    BigDecimal implementationMean,
    Light implementationLight,
    Integer attainmentPercent,
    Light attainmentLight,
    Light effectLight,
    Translation translation,
    dk.evalsite.data.Report.ProjectRef project,
    boolean fictional,
    String fund,
    String priorityAxis,
    java.util.List<String> regions,
    Integer year,
    dk.evalsite.history.Dates dates) {

  public ReportSummary {
    regions = regions == null ? java.util.List.of() : java.util.List.copyOf(regions);
  }

  public static ReportSummary of(ReportScore score) {
    var report = score.report();
    return new ReportSummary(
        report.slug(),
        report.title(),
        report.kind(),
        report.language(),
        report.facts().grantHolder(),
        report.draft(),
        score.implementation().mean(),
        score.implementation().light(),
        score.headline().percent(),
        score.headline().light(),
        report.effect().light(),
        report.translation(),
        report.project(),
        report.fictional(),
        report.facts().fund(),
        report.facts().priorityAxis(),
        report.regions().stream().map(dk.evalsite.data.Report.Region::name).distinct().toList(),
        year(report.dates()),
        report.dates());
  }

  private static Integer year(dk.evalsite.history.Dates dates) {
    return dates == null || dates.published() == null ? null : dates.published().getYear();
  }
}
