package dk.evalsite.data;

import static dk.evalsite.data.YamlText.at;
import static dk.evalsite.data.YamlText.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.data.Report.PublishedFigure;
import dk.evalsite.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class PublishedPercentTest {
  final Diagnostics diagnostics = new Diagnostics();

  PublishedFigure read(String value, boolean row) {
    return PublishedPercent.read(
        YamlText.fields("published_percent: " + value + "\n", diagnostics), row);
  }

  String printed(String value, boolean row) {
    PublishedFigure f = read(value, row);
    return f == null ? null : f.printed();
  }

  @Test
  void keepsAWholePercentAsTheSourcePrintsIt() {
    assertThat(printed("84", false)).isEqualTo("84");
    assertThat(printed("0", true)).isEqualTo("0");
    assertThat(printed("100", true)).isEqualTo("100");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aGoalRowMayPrintOverTargetOrNotCollected() {
    assertThat(printed("+100", true)).isEqualTo("+100");
    assertThat(printed("\"+100\"", true)).isEqualTo("+100");
    assertThat(printed("\"-\"", true)).isEqualTo("-");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void theOverallFigureMayNot() {
    assertThat(read("+100", false)).isNull();
    assertThat(read("\"-\"", false)).isNull();
    assertThat(codesAt(diagnostics)).containsExactly("E-DATA-007 1:20", "E-DATA-007 1:20");
    assertThat(diagnostics.sorted().get(0).message())
        .isEqualTo("`published_percent` of report.yaml must be a whole percent from 0 to 100");
  }

  @Test
  void aPercentOverAHundredAFractionOrASignIsAnError() {
    for (String bad : new String[] {"101", "84.5", "\"84 %\"", "+99", "-1", "1000"}) {
      assertThat(read(bad, true)).as(bad).isNull();
    }
    assertThat(codesAt(diagnostics))
        .hasSize(6)
        .allMatch(s -> s.equals("E-DATA-007 " + at("published_percent: x", "x")));
    assertThat(diagnostics.sorted().get(0).message()).endsWith("from 0 to 100, +100 or \"-\"");
  }

  @Test
  void anAbsentFigureIsNoProblem() {
    assertThat(PublishedPercent.read(YamlText.fields("x: 1\n", diagnostics), true)).isNull();
    assertThat(diagnostics.sorted()).isEmpty();
  }
}
