package dk.evalsite.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceDefectsTest {
  @Test
  void countsTheReferenceGrantPeriodAsAboutFiftyFiveMonths() {
    assertThat(SourceDefects.months(LocalDate.of(2018, 2, 6), LocalDate.of(2022, 8, 30)))
        .isEqualTo(55);
  }

  @Test
  void countsWholeYearsExactlyAndRoundsHalfMonths() {
    assertThat(SourceDefects.months(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)))
        .isEqualTo(36);
    assertThat(SourceDefects.months(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 14))).isZero();
    assertThat(SourceDefects.months(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 15)))
        .isEqualTo(1);
  }
}
