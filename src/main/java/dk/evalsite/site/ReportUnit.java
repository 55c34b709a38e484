package dk.evalsite.site;

import dk.evalsite.config.Translation;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.SiteSources.ReportSources;
import dk.evalsite.data.Report;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.render.Twin;
import dk.evalsite.scoring.ReportScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report of this build, as far as the stages have got with it: kept as the last build made it
 * ({@code kept}), or loaded now ({@code report} with its narratives; null when it failed to load or
 * is a draft left out), then scored ({@code score}). {@code own} holds its problems, so its
 * warnings can be shown again while it is kept; {@code twin} is the same report in another
 * language, or null.
 */
record ReportUnit(
    ReportSources source,
    Probe<UnitRecord> probe,
    UnitRecord kept,
    Report report,
    Map<Chapter, MarkdownDocument> narratives,
    ReportScore score,
    List<Diagnostic> own,
    Twin twin) {

  String slug() {
    return source.slug();
  }

  /** Whether the stages still have work to do on it: loaded now, and no error so far. */
  boolean fresh() {
    return kept == null && report != null;
  }

  /** The language of the published report; null when it is not published. */
  String language() {
    if (kept != null) {
      return kept.summary() == null ? null : kept.summary().language();
    }
    return report == null ? null : report.language();
  }

  /** The title of the published report; null when it is not published. */
  String title() {
    if (kept != null) {
      return kept.summary() == null ? null : kept.summary().title();
    }
    return report == null ? null : report.title();
  }

  /** The translation the published report names; null when it names none. */
  Translation translation() {
    if (kept != null) {
      return kept.summary() == null ? null : kept.summary().translation();
    }
    return report == null ? null : report.translation();
  }

  /** The project the published report evaluates; null when it names none or is not published. */
  String project() {
    var ref = projectRef();
    return ref == null ? null : ref.id();
  }

  /** The {@code project:} of the published report, with its position; null without one. */
  Report.ProjectRef projectRef() {
    if (kept != null) {
      return kept.summary() == null ? null : kept.summary().project();
    }
    return report == null ? null : report.project();
  }

  /** The kind of the published report; null when it is not published. */
  dk.evalsite.config.EvaluationKind kind() {
    if (kept != null) {
      return kept.summary() == null ? null : kept.summary().kind();
    }
    return report == null ? null : report.kind();
  }

  ReportUnit withTwin(Twin newTwin) {
    return new ReportUnit(source, probe, kept, report, narratives, score, own, newTwin);
  }

  /** What its pages show of the twin, as {@link UnitRecord#twin()} keeps it. */
  static String twinKey(Twin twin) {
    return twin == null ? "" : twin.toString();
  }

  /** This unit with more problems; one with errors among them goes no further. */
  ReportUnit withProblems(List<Diagnostic> more) {
    List<Diagnostic> all = new ArrayList<>(own);
    all.addAll(more);
    boolean failed = all.stream().anyMatch(Diagnostic::isError);
    return new ReportUnit(
        source,
        probe,
        kept,
        failed ? null : report,
        narratives,
        failed ? null : score,
        List.copyOf(all),
        twin);
  }

  ReportUnit withScore(ReportScore newScore) {
    return new ReportUnit(source, probe, kept, report, narratives, newScore, own, twin);
  }
}
