package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.scoring.Share;
import dk.evalsite.scoring.Share.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
  private final Formats da = new Formats("da");
  private final Formats en = new Formats("en");

  @Test
  void printsDanishNumbersWithADecimalCommaAndASpaceBeforePercent() {
    assertThat(da.decimal(new BigDecimal("45.5"))).isEqualTo("45,5");
    assertThat(da.decimal(new BigDecimal("31.30"))).isEqualTo("31,3");
    assertThat(da.decimal(new BigDecimal("104"))).isEqualTo("104");
    assertThat(da.decimal(new BigDecimal("12500"))).isEqualTo("12.500");
    assertThat(da.fixed(new BigDecimal("3.3"), 1)).isEqualTo("3,3");
    assertThat(da.percent(58)).isEqualTo("58 %");
    assertThat(da.date(LocalDate.of(2018, 2, 6))).isEqualTo("06.02.2018");
  }

  @Test
  void printsEnglishNumbersTheEnglishWay() {
    assertThat(en.decimal(new BigDecimal("45.5"))).isEqualTo("45.5");
    assertThat(en.decimal(new BigDecimal("12500"))).isEqualTo("12,500");
    assertThat(en.percent(58)).isEqualTo("58%");
    assertThat(en.date(LocalDate.of(2018, 2, 6))).isEqualTo("6 February 2018");
  }

  @Test
  void printsSharesAsTheTemplateDoes() {
    assertThat(da.share(new Share(Outcome.OVER, 129, 100))).isEqualTo("+100 %");
    assertThat(da.share(new Share(Outcome.MET, 100, 100))).isEqualTo("100 %");
    assertThat(da.share(new Share(Outcome.UNDER, 58, 58))).isEqualTo("58 %");
    assertThat(da.share(new Share(Outcome.UNDEFINED, null, 0))).isEqualTo("0 %");
    assertThat(da.share(new Share(Outcome.NOT_COLLECTED, null, null))).isEqualTo("-");
  }

  /** Decimal units (1 MB = 1,000,000 bytes), rounded half up; megabytes to one decimal. */
  @Test
  void printsFileSizesForDownloadLinks() {
    assertThat(da.fileSize(1_234_567)).isEqualTo("1,2 MB");
    assertThat(en.fileSize(1_234_567)).isEqualTo("1.2 MB");
    assertThat(da.fileSize(1_250_000)).isEqualTo("1,3 MB");
    assertThat(da.fileSize(1_249_999)).isEqualTo("1,2 MB");
    assertThat(da.fileSize(12_345_678)).isEqualTo("12,3 MB");
    assertThat(da.fileSize(736_499)).isEqualTo("736 kB");
    assertThat(da.fileSize(736_500)).isEqualTo("737 kB");
    assertThat(da.fileSize(999_499)).isEqualTo("999 kB");
    assertThat(da.fileSize(999_500)).isEqualTo("1,0 MB");
    assertThat(en.fileSize(300)).isEqualTo("1 kB");
  }
}
