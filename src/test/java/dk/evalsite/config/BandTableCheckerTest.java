package dk.evalsite.config;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandTableCheckerTest {
  private static final Path FILE = Path.of("scoring.yaml");

  private static Band band(Light light, int from, Integer to, int line) {
    return new Band(
        light,
        BigDecimal.valueOf(from),
        to == null ? null : BigDecimal.valueOf(to),
        null,
        new SourcePos(FILE, line, 7));
  }

  private static List<Diagnostic> check(List<Band> bands) {
    Diagnostics d = new Diagnostics();
    new BandTableChecker(d)
        .check(
            new BandTable(bands, BigDecimal.ONE, BigDecimal.ZERO, null),
            new SourcePos(FILE, 1, 1),
            "final attainment bands",
            v -> v.toPlainString() + " %");
    return d.sorted();
  }

  @Test
  void findsTheSourcesGapBetweenNinetyOneAndNinetyFour() {
    List<Diagnostic> problems =
        check(
            List.of(
                band(Light.GREEN, 95, null, 10),
                band(Light.GREEN, 81, 90, 11),
                band(Light.YELLOW, 65, 80, 12),
                band(Light.RED, 20, 64, 13),
                band(Light.RED, 0, 19, 14)));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).code()).isEqualTo("E-SCORE-001");
    assertThat(problems.get(0).message()).contains("no band covers 91 %–94 %");
    assertThat(problems.get(0).pos().line()).isEqualTo(10);
  }

  @Test
  void findsOverlapsAndNamesTheDoublyCoveredRange() {
    List<Diagnostic> problems =
        check(
            List.of(
                band(Light.GREEN, 80, null, 10),
                band(Light.YELLOW, 50, 85, 11),
                band(Light.RED, 0, 49, 12)));
    assertThat(problems).extracting(Diagnostic::code).containsExactly("E-SCORE-002");
    assertThat(problems.get(0).message()).contains("overlap on 80 %–85 %");
  }

  @Test
  void findsAGapAtTheBottomAndAnOpenTop() {
    List<Diagnostic> problems =
        check(List.of(band(Light.GREEN, 50, 100, 10), band(Light.RED, 10, 49, 11)));
    assertThat(problems)
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("no band covers 0 %–9 %"))
        .anySatisfy(m -> assertThat(m).contains("no band covers 101 % and above"));
  }

  @Test
  void acceptsBandsGivenByLowerBoundsOnly() {
    assertThat(
            check(
                List.of(
                    band(Light.GREEN, 95, null, 1),
                    band(Light.GREEN, 81, null, 2),
                    band(Light.YELLOW, 65, null, 3),
                    band(Light.RED, 20, null, 4),
                    band(Light.RED, 0, null, 5))))
        .isEmpty();
  }

  @Test
  void rejectsTwoBandsStartingAtTheSameValue() {
    assertThat(
            check(
                List.of(
                    band(Light.GREEN, 50, null, 1),
                    band(Light.RED, 50, null, 2),
                    band(Light.RED, 0, null, 3))))
        .extracting(Diagnostic::code)
        .contains("E-SCORE-002");
  }

  @Test
  void rejectsBoundsFinerThanTheGrid() {
    Diagnostics d = new Diagnostics();
    BandTable table =
        new BandTable(
            List.of(
                new Band(
                    Light.GREEN,
                    new BigDecimal("3.55"),
                    new BigDecimal("5.0"),
                    null,
                    new SourcePos(FILE, 2, 1)),
                new Band(
                    Light.RED,
                    new BigDecimal("1.0"),
                    new BigDecimal("3.5"),
                    null,
                    new SourcePos(FILE, 3, 1))),
            new BigDecimal("0.1"),
            new BigDecimal("1.0"),
            new BigDecimal("5.0"));
    new BandTableChecker(d)
        .check(table, new SourcePos(FILE, 1, 1), "implementation bands", BigDecimal::toPlainString);
    assertThat(d.sorted()).extracting(Diagnostic::code).contains("E-SCORE-003");
  }

  /** Every lower-bound-only table over 0–100 covers each value exactly once: sweep and look up. */
  @Test
  void lowerBoundTablesAssignEveryPercentExactlyOneBand() {
    List<Band> bands =
        new ArrayList<>(
            List.of(
                band(Light.GREEN, 95, null, 1),
                band(Light.GREEN, 81, null, 2),
                band(Light.YELLOW, 65, null, 3),
                band(Light.RED, 20, null, 4),
                band(Light.RED, 0, null, 5)));
    BandTable table = new BandTable(bands, BigDecimal.ONE, BigDecimal.ZERO, null);
    for (int p = 0; p <= 150; p++) {
      Band found = table.find(BigDecimal.valueOf(p)).orElseThrow();
      int expectedFrom = p >= 95 ? 95 : p >= 81 ? 81 : p >= 65 ? 65 : p >= 20 ? 20 : 0;
      assertThat(found.from().intValue()).as("%d %%", p).isEqualTo(expectedFrom);
    }
  }

  @Test
  void theSourcesTableLeavesNinetyThreeInNoBand() {
    BandTable table =
        new BandTable(
            List.of(
                band(Light.GREEN, 95, null, 10),
                band(Light.GREEN, 81, 90, 11),
                band(Light.YELLOW, 65, 80, 12)),
            BigDecimal.ONE,
            BigDecimal.ZERO,
            null);
    assertThat(table.find(BigDecimal.valueOf(93))).isEmpty();
    assertThat(table.find(BigDecimal.valueOf(90))).isPresent();
  }
}
