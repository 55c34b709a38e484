package dk.evalsite.scoring;

import static dk.evalsite.scoring.TestReports.goal;
import static dk.evalsite.scoring.TestReports.region;
import static dk.evalsite.scoring.TestReports.report;
import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.Light;
import dk.evalsite.config.ScoringRules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final ScoringRules rules = TestReports.defaultRules();
  private final Scorer scorer = new Scorer(rules);

  /** Figur 7 and 8: (100 + 100 + 58 + 92 + 100 + 100 + 40) / 7 = 84,3 → 84 %, green. */
  @Test
  void poolsCappedOutputRowsOfAllRegionsIntoOverallAttainment() {
    var ovrige =
        region(
            "ovrige",
            List.of(
                goal("B1", "104", "135"),
                goal("B2", "65", "86"),
                goal("B3", "46", "27"),
                goal("B4", "13", "12")));
    var sjaelland =
        region(
            "sjaelland",
            List.of(goal("B1", "40", "47"), goal("B2", "20", "45"), goal("B3", "20", "8")));
    ReportScore score =
        scorer.score(report(EvaluationKind.FINAL, List.of(ovrige, sjaelland), 4, 3, 3, 3, 3, 4));
    assertThat(score.headline().percent()).isEqualTo(84);
    assertThat(score.headline().rows()).isEqualTo(7);
    assertThat(score.headline().light()).isEqualTo(Light.GREEN);
    assertThat(score.headline().band().meaning().in("da"))
        .isEqualTo("Målopnåelsen er lidt under det ønskede niveau.");
  }

  @Test
  void sameAttainmentGetsTheMidtermBandsInAMidtermEvaluation() {
    var only = region("r", List.of(goal("B1", "100", "30")));
    ReportScore fin = scorer.score(report(EvaluationKind.FINAL, List.of(only), 3, 3, 3, 3, 3, 3));
    ReportScore mid = scorer.score(report(EvaluationKind.MIDTERM, List.of(only), 3, 3, 3, 3, 3, 3));
    assertThat(fin.headline().light()).isEqualTo(Light.RED);
    assertThat(mid.headline().light()).isEqualTo(Light.YELLOW);
  }

  @Test
  void leavesNotCollectedRowsOutOfTheAverage() {
    var r = region("r", List.of(goal("B1", "10", "5"), goal("B2", "10", null)));
    ReportScore score = scorer.score(report(EvaluationKind.FINAL, List.of(r), 3, 3, 3, 3, 3, 3));
    assertThat(score.headline().percent()).isEqualTo(50);
    assertThat(score.headline().rows()).isEqualTo(1);
  }

  /**
   * Row lights use the same bands as the overall figure: B3 27 of 46 prints 58 %, red in a final
   * evaluation (20–64 %); A1 135 of 104 is green; 0 of a target of 0 and a status not collected
   * have no light at all.
   */
  @Test
  void givesEachRowTheLightOfItsCappedShareAndNoneWhenUndefined() {
    var r =
        region(
            "r",
            List.of(
                goal("B3", "46", "27"),
                goal("A1", "104", "135"),
                goal("C8", "0", "0"),
                goal("C9", "10", null)));
    ReportScore score = scorer.score(report(EvaluationKind.FINAL, List.of(r), 3, 3, 3, 3, 3, 3));
    var rows = score.regions().get(0).rows(dk.evalsite.config.GoalKind.OUTPUT);
    assertThat(rows)
        .extracting(ReportScore.RowScore::light)
        .containsExactly(Light.RED, Light.GREEN, null, null);
  }

  @Test
  void hasNoOverallAttainmentWhenNothingWasCollected() {
    var r = region("r", List.of(goal("B1", "10", null)));
    ReportScore score = scorer.score(report(EvaluationKind.FINAL, List.of(r), 3, 3, 3, 3, 3, 3));
    assertThat(score.headline().percent()).isNull();
    assertThat(score.headline().light()).isNull();
  }

  @Test
  void implementationMeanOfTheReferenceIsThreePointThreeYellow() {
    ReportScore score = scorer.score(report(EvaluationKind.FINAL, List.of(), 4, 3, 3, 3, 3, 4));
    assertThat(score.implementation().mean()).isEqualByComparingTo("3.3");
    assertThat(score.implementation().light()).isEqualTo(Light.YELLOW);
  }

  @Test
  void roundsTheMeanHalfUpFromTheExactValue() {
    // 22 / 6 = 3.666… prints 3,7 in the same series of reports.
    ReportScore score = scorer.score(report(EvaluationKind.FINAL, List.of(), 4, 4, 4, 4, 3, 3));
    assertThat(score.implementation().mean()).isEqualByComparingTo("3.7");
    assertThat(score.implementation().light()).isEqualTo(Light.GREEN);
  }

  /** All 5^6 score combinations against integer half-up rounding and the Bilag A bands. */
  @Test
  void meanAndLightMatchIntegerArithmeticForEveryCombinationOfScores() {
    int[] s = new int[6];
    for (int i = 0; i < 15625; i++) {
      int rest = i;
      int sum = 0;
      for (int k = 0; k < 6; k++) {
        s[k] = rest % 5 + 1;
        rest /= 5;
        sum += s[k];
      }
      int tenths = (sum * 10 * 2 + 6) / 12; // round half up of sum*10/6
      ReportScore score = scorer.score(report(EvaluationKind.FINAL, List.of(), s));
      assertThat(score.implementation().mean()).isEqualByComparingTo(BigDecimal.valueOf(tenths, 1));
      Light expected = tenths >= 35 ? Light.GREEN : tenths >= 26 ? Light.YELLOW : Light.RED;
      assertThat(score.implementation().light()).as("sum %d", sum).isEqualTo(expected);
    }
  }

  /** Overall attainment of n rows with every status 0..t against t, pooled and truncated. */
  @Test
  void overallAttainmentMatchesIntegerArithmeticOnSmallTables() {
    for (int a = 0; a <= 12; a++) {
      for (int b = 0; b <= 12; b++) {
        var r =
            region(
                "r",
                List.of(
                    goal("B1", "7", String.valueOf(a)),
                    goal("B2", "9", String.valueOf(b)),
                    goal("B3", "3", "2")));
        ReportScore score =
            scorer.score(report(EvaluationKind.FINAL, List.of(r), 3, 3, 3, 3, 3, 3));
        int sum = Math.min(100, a * 100 / 7) + Math.min(100, b * 100 / 9) + 66;
        assertThat(score.headline().percent()).as("%d/7 %d/9", a, b).isEqualTo(sum / 3);
        int p = sum / 3;
        Light light = p >= 81 ? Light.GREEN : p >= 65 ? Light.YELLOW : Light.RED;
        assertThat(score.headline().light()).isEqualTo(light);
      }
    }
  }
}
