package dk.evalsite.validate;

import dk.evalsite.data.Report;
import dk.evalsite.diag.Diagnostics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * Warnings about figures that are valid but contradict each other, the kind of defect published
 * reports carry: planned months that do not match the grant period, budgets and time overrun.
 */
final class SourceDefects {
  /** Months a plan may differ from the grant period before it is worth a warning. */
  private static final int TOLERANCE_MONTHS = 1;

  private final Diagnostics diagnostics;

  SourceDefects(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(Report report) {
    LocalDate from = report.facts().grantFrom();
    LocalDate to = report.facts().grantTo();
    for (Report.Region region : report.regions()) {
      Report.Usage months = region.months();
      if (months != null && from != null && to != null) {
        checkPlannedMonths(region, months, from, to);
      }
      if (region.budget() != null
          && region.budget().used().compareTo(region.budget().planned()) > 0) {
        diagnostics.warning(
            "W-DATA-002",
            region.budget().pos(),
            region.name()
                + " spent "
                + plain(region.budget().used())
                + " of a budget of "
                + plain(region.budget().planned())
                + (report.budgetUnit().isEmpty() ? "" : " " + report.budgetUnit())
                + ": an overspend",
            "The site flags it as a warning sign; check that summaries and narratives call it an "
                + "overspend, not an underspend.");
      }
      if (months != null && months.used().compareTo(months.planned()) > 0) {
        diagnostics.warning(
            "W-DATA-002",
            months.pos(),
            region.name()
                + " used "
                + plain(months.used())
                + " of "
                + plain(months.planned())
                + " planned months: the project ran over time",
            "The site flags it as a warning sign; check that the narrative explains the delay.");
      }
    }
  }

  private void checkPlannedMonths(
      Report.Region region, Report.Usage months, LocalDate from, LocalDate to) {
    int grantMonths = months(from, to);
    BigDecimal difference = months.planned().subtract(BigDecimal.valueOf(grantMonths)).abs();
    if (difference.compareTo(BigDecimal.valueOf(TOLERANCE_MONTHS)) > 0) {
      diagnostics.warning(
          "W-DATA-001",
          months.pos(),
          region.name()
              + " plans "
              + plain(months.planned())
              + " months, but the grant period "
              + from
              + " – "
              + to
              + " lasts about "
              + grantMonths
              + " months",
          "Check `months.planned` against `facts.grant_period`; if the plan really was shorter "
              + "than the grant, say why in the narrative.");
    }
  }

  /** Whole months from the first to the last day of a period, both inclusive, rounded. */
  static int months(LocalDate from, LocalDate to) {
    Period period = Period.between(from, to.plusDays(1));
    return (int) period.toTotalMonths() + (period.getDays() >= 15 ? 1 : 0);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
