package dk.evalsite.validate;

import dk.evalsite.config.GoalKind;
import dk.evalsite.data.Report;
import dk.evalsite.data.Report.PublishedFigure;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.ReportScore.RowScore;
import dk.evalsite.scoring.Share;

/**
 * Published figures stored in the data (the overall attainment, a goal row's printed percentage)
 * must be what the rules compute from the data: a figure nobody can reproduce is a defect of the
 * publication, not something to copy.
 */
final class PublishedFigures {
  private final Diagnostics diagnostics;

  PublishedFigures(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(ReportScore score) {
    Report report = score.report();
    PublishedFigure overall = report.publishedAttainment();
    if (overall != null) {
      Integer computed = score.headline().percent();
      String kind = score.headline().kind().id();
      if (computed == null) {
        diagnostics.error(
            "E-SCORE-004",
            overall.pos(),
            "the published overall attainment "
                + overall.printed()
                + " % cannot be computed: no "
                + kind
                + " goal has a collected status",
            "Fill in the status of the " + kind + " goals, or remove `published_percent`.");
      } else if (!overall.printed().equals(computed.toString())) {
        diagnostics.error(
            "E-SCORE-004",
            overall.pos(),
            "the published overall attainment "
                + overall.printed()
                + " % disagrees with the computed "
                + computed
                + " % (the plain mean of "
                + score.headline().rows()
                + " "
                + kind
                + " goal rows, each capped at 100, truncated)",
            "Correct the goal rows or `published_percent`; the published figure must be "
                + "reproducible.");
      }
    }
    for (ReportScore.RegionScore region : score.regions()) {
      for (GoalKind kind : GoalKind.values()) {
        for (RowScore row : region.rows(kind)) {
          checkRow(region.region(), kind, row);
        }
      }
    }
  }

  private void checkRow(Report.Region region, GoalKind kind, RowScore row) {
    PublishedFigure published = row.goal().publishedPercent();
    if (published == null) {
      return;
    }
    String computed = printed(row.share());
    if (published.printed().equals(computed)) {
      return;
    }
    String status = row.goal().status() == null ? "-" : row.goal().status().toPlainString();
    diagnostics.error(
        "E-SCORE-004",
        published.pos(),
        kind.id()
            + " goal "
            + row.goal().id()
            + " of "
            + region.name()
            + ": the published "
            + published.printed()
            + " % disagrees with the computed "
            + computed
            + " % (status "
            + status
            + " of target "
            + row.target().toPlainString()
            + ")",
        "Attainment is status / target, truncated to a whole percent (+100 above target, "
            + "- when not collected). Correct the status, the target or `published_percent`.");
  }

  /** How the template prints a row's share, without the % sign. */
  static String printed(Share share) {
    return switch (share.outcome()) {
      case OVER -> "+100";
      case MET -> "100";
      case UNDER -> Integer.toString(share.percent());
      case UNDEFINED -> "0";
      case NOT_COLLECTED -> "-";
    };
  }
}
