package dk.evalsite.config;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Proves a band table covers its whole range exactly once: every gap, overlap, value off the grid
 * or outside the range is an error naming the range in question.
 */
public final class BandTableChecker {
  private final Diagnostics diagnostics;

  public BandTableChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Checks {@code table}; {@code name} says which table in messages and {@code format} prints a
   * bound the way the table's readers see it ("91 %", "2,6").
   */
  public boolean check(
      BandTable table, SourcePos tablePos, String name, Function<BigDecimal, String> format) {
    int before = diagnostics.errorCount();
    List<Band> bands = table.bands();
    if (bands.isEmpty()) {
      diagnostics.error(
          "E-SCORE-003", tablePos, name + " has no bands", "Add at least one band with `from:`.");
      return false;
    }
    for (Band band : bands) {
      checkOnGrid(table, band, band.from(), name, format);
      if (band.to() != null) {
        checkOnGrid(table, band, band.to(), name, format);
        if (band.to().compareTo(band.from()) < 0) {
          diagnostics.error(
              "E-SCORE-003",
              band.pos(),
              name
                  + ": a band runs from "
                  + format.apply(band.from())
                  + " down to "
                  + format.apply(band.to()),
              "`to` must be at least `from`.");
        }
      }
      if (band.from().compareTo(table.min()) < 0
          || (table.max() != null && band.from().compareTo(table.max()) > 0)) {
        diagnostics.error(
            "E-SCORE-003",
            band.pos(),
            name
                + ": `from: "
                + format.apply(band.from())
                + "` lies outside the scale "
                + range(table.min(), table.max(), format),
            "Keep every band within the scale.");
      }
    }
    // Walk from the lowest band up, comparing each band's end with the next band's start.
    Band lowest = bands.get(bands.size() - 1);
    if (lowest.from().compareTo(table.min()) > 0) {
      gap(lowest.pos(), name, table.min(), lowest.from().subtract(table.step()), format);
    }
    for (int i = bands.size() - 1; i > 0; i--) {
      Band lower = bands.get(i);
      Band higher = bands.get(i - 1);
      if (lower.from().compareTo(higher.from()) == 0) {
        diagnostics.error(
            "E-SCORE-002",
            higher.pos(),
            name
                + ": two bands start at "
                + format.apply(higher.from())
                + " (also line "
                + lower.pos().line()
                + ")",
            "Give each band its own `from`.");
        continue;
      }
      if (lower.to() == null) {
        continue;
      }
      BigDecimal nextStart = lower.to().add(table.step());
      int cmp = nextStart.compareTo(higher.from());
      if (cmp < 0) {
        gap(higher.pos(), name, nextStart, higher.from().subtract(table.step()), format);
      } else if (cmp > 0) {
        BigDecimal overlapEnd =
            lower.to().min(table.upper(i - 1) == null ? lower.to() : table.upper(i - 1));
        diagnostics.error(
            "E-SCORE-002",
            higher.pos(),
            name
                + ": the bands overlap on "
                + range(higher.from(), overlapEnd, format)
                + " (also covered by the band at line "
                + lower.pos().line()
                + ")",
            "Let each band end one step below where the next begins, or drop `to` and let "
                + "evalsite derive it.");
      }
    }
    Band highest = bands.get(0);
    if (highest.to() != null && (table.max() == null || highest.to().compareTo(table.max()) < 0)) {
      gap(highest.pos(), name, highest.to().add(table.step()), table.max(), format);
    }
    return diagnostics.errorCount() == before;
  }

  private void checkOnGrid(
      BandTable table,
      Band band,
      BigDecimal value,
      String name,
      Function<BigDecimal, String> format) {
    if (value.remainder(table.step()).signum() != 0) {
      diagnostics.error(
          "E-SCORE-003",
          band.pos(),
          name
              + ": "
              + format.apply(value)
              + " is finer than the values it is read against (steps of "
              + format.apply(table.step())
              + ")",
          "Round the bound to a multiple of " + format.apply(table.step()) + ".");
    }
  }

  private void gap(
      SourcePos pos,
      String name,
      BigDecimal from,
      BigDecimal to,
      Function<BigDecimal, String> format) {
    diagnostics.error(
        "E-SCORE-001",
        pos,
        name + ": no band covers " + range(from, to, format),
        "Extend a neighbouring band so the bands meet, or give bands only `from:` so evalsite "
            + "derives their upper ends.");
  }

  private static String range(BigDecimal from, BigDecimal to, Function<BigDecimal, String> format) {
    if (to == null) {
      return format.apply(from) + " and above";
    }
    return from.compareTo(to) == 0
        ? format.apply(from)
        : format.apply(from) + "–" + format.apply(to);
  }
}
