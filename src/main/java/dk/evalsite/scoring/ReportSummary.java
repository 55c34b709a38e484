package dk.evalsite.scoring;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.Light;
import dk.evalsite.config.Translation;
import java.math.BigDecimal;

/**
 * What the site index shows of a report: its card and its share of the portfolio chart. Small and
 * plain, so an incremental build can keep it for an unchanged report instead of loading it again.
 * {@code translation} is the twin the report names, or null; {@code dates} when it was first
 * published and last changed.
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
    dk.evalsite.history.Dates dates) {

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
        report.dates());
  }
}
