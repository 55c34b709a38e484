package dk.evalsite.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.scoring.Share.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharesTest {

  private static Share share(String target, String status) {
    return Shares.of(new BigDecimal(target), status == null ? null : new BigDecimal(status));
  }

  @ParameterizedTest(name = "{0} of {1} prints as {2} %")
  @CsvSource({
    "27, 46, 58", // B3 Øvrige: 58.7 % truncates to 58
    "12, 13, 92", // B4: 92.3 %
    "27, 45.5, 59", // C2 Øvrige: decimal target
    "8, 20, 40", // B3 / C2 Sjælland
    "29, 100, 29", // binary floating point would give 28
    "0, 13, 0", // C8 Øvrige
  })
  void truncatesAttainmentInsteadOfRounding(String status, String target, int percent) {
    Share share = share(target, status);
    assertThat(share.outcome()).isEqualTo(Outcome.UNDER);
    assertThat(share.percent()).isEqualTo(percent);
    assertThat(share.capped()).isEqualTo(percent);
  }

  @Test
  void overAttainmentIsOverAndCappedAtHundredInAverages() {
    Share a1 = share("104", "135");
    assertThat(a1.outcome()).isEqualTo(Outcome.OVER);
    assertThat(a1.percent()).isEqualTo(129);
    assertThat(a1.capped()).isEqualTo(100);
  }

  @Test
  void aStatusMillionsOfTimesItsTargetIsStillOverNotACrash() {
    Share share = share("1", "30000000");
    assertThat(share.outcome()).isEqualTo(Outcome.OVER);
    assertThat(share.capped()).isEqualTo(100);
    assertThat(share.percent()).isNull();
  }

  @Test
  void exactlyMetIsMet() {
    assertThat(share("13", "13").outcome()).isEqualTo(Outcome.MET);
    assertThat(share("45.5", "45.50").outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void targetZeroWithPositiveStatusIsOver() {
    Share c7 = share("0", "10");
    assertThat(c7.outcome()).isEqualTo(Outcome.OVER);
    assertThat(c7.percent()).isNull();
    assertThat(c7.capped()).isEqualTo(100);
  }

  @Test
  void targetZeroWithStatusZeroIsUndefinedAndCountsAsZero() {
    Share c8 = share("0", "0");
    assertThat(c8.outcome()).isEqualTo(Outcome.UNDEFINED);
    assertThat(c8.capped()).isEqualTo(0);
  }

  @Test
  void statusNotCollectedIsLeftOutOfAverages() {
    Share missing = share("13", null);
    assertThat(missing.outcome()).isEqualTo(Outcome.NOT_COLLECTED);
    assertThat(missing.capped()).isNull();
  }

  /** Every whole target 1–120 and status 0–300, against floor(100·s/t) in integer arithmetic. */
  @Test
  void matchesIntegerArithmeticOnEveryWholeTargetAndStatus() {
    for (int t = 1; t <= 120; t++) {
      for (int s = 0; s <= 300; s++) {
        Share share = Shares.of(BigDecimal.valueOf(t), BigDecimal.valueOf(s));
        int expected = (100 * s) / t;
        assertThat(share.percent()).as("%d of %d", s, t).isEqualTo(s == t ? 100 : expected);
        Outcome outcome = s > t ? Outcome.OVER : s == t ? Outcome.MET : Outcome.UNDER;
        assertThat(share.outcome()).as("%d of %d", s, t).isEqualTo(outcome);
        assertThat(share.capped()).isEqualTo(Math.min(100, expected));
      }
    }
  }

  /** Targets and statuses with one decimal (45.5): floor(1000·s / (10·t)) on tenths. */
  @Test
  void matchesIntegerArithmeticOnDecimalTargets() {
    for (int t10 = 1; t10 <= 600; t10++) {
      for (int s10 = 0; s10 <= 700; s10 += 7) {
        BigDecimal target = BigDecimal.valueOf(t10, 1);
        BigDecimal status = BigDecimal.valueOf(s10, 1);
        Share share = Shares.of(target, status);
        if (s10 < t10) {
          assertThat(share.percent()).as("%s of %s", status, target).isEqualTo((100 * s10) / t10);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} of {1} is {2} % (rounded)")
  @CsvSource({
    "6, 7, 86",
    "4, 6, 67",
    "2, 6, 33",
    "5, 6, 83",
    "3, 6, 50",
    "1, 8, 13",
    "1, 200, 1",
    "1, 201, 0"
  })
  void roundsSurveySharesHalfUp(int count, int n, int percent) {
    assertThat(Shares.roundedPercent(count, n)).isEqualTo(percent);
  }

  @Test
  void surveyRoundingMatchesIntegerHalfUpForSmallSamples() {
    for (int n = 1; n <= 200; n++) {
      for (int c = 0; c <= n; c++) {
        int expected = (200 * c + n) / (2 * n); // floor(100c/n + 1/2)
        assertThat(Shares.roundedPercent(c, n)).as("%d of %d", c, n).isEqualTo(expected);
      }
    }
  }
}
