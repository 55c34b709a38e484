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
}
