package dk.evalsite.render;

import dk.evalsite.scoring.EvaluationFigures;

/**
 * What a report shows of the other evaluations of its project: a final evaluation its midterm's
 * figures ({@code midterm}, for the comparison), a midterm the final that follows it ({@code
 * followUp}, for the link forward). Either is null when there is none.
 */
public record ProjectPeers(EvaluationFigures midterm, ReportRef followUp) {

  /** Another report: its slug, language and title. */
  public record ReportRef(String slug, String language, String title) {}
}
