package dk.evalsite.data;

import static dk.evalsite.data.YamlText.at;
import static dk.evalsite.data.YamlText.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import org.junit.jupiter.api.Test;

class NumbersTest {
  final Diagnostics diagnostics = new Diagnostics();

  Fields row(String yaml) {
    return YamlText.fields(yaml, diagnostics);
  }

  @Test
  void zeroAndDecimalsAreTargetsButANegativeIsNot() {
    assertThat(Numbers.nonNegative(row("target: 0\n"), "target", true)).isEqualByComparingTo("0");
    assertThat(Numbers.nonNegative(row("target: 45.5\n"), "target", true))
        .isEqualByComparingTo("45.5");
    String yaml = "label: x\ntarget: -0.5\n";
    assertThat(Numbers.nonNegative(row(yaml), "target", true)).isNull();
    assertThat(codesAt(diagnostics)).containsExactly("E-DATA-004 " + at(yaml, "-0.5"));
    assertThat(diagnostics.sorted().get(0).message())
        .isEqualTo("`target` of report.yaml is negative: -0.5");
  }

  @Test
  void aStatusOfDashOrNothingIsNotCollectedYet() {
    assertThat(Numbers.status(row("status: \"-\"\n"))).isNull();
    assertThat(Numbers.status(row("status: ' - '\n"))).isNull();
    assertThat(Numbers.status(row("status:\n"))).isNull();
    assertThat(Numbers.status(row("status: 12\n"))).isEqualByComparingTo("12");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aMissingStatusIsReportedAtItsRow() {
    String yaml = "label: x\ntarget: 3\n";
    assertThat(Numbers.status(row(yaml))).isNull();
    assertThat(codesAt(diagnostics)).containsExactly("E-DATA-003 1:1");
  }

  @Test
  void aStatusThatIsTextOrNegativeIsAnError() {
    String yaml = "status: -3\n";
    assertThat(Numbers.status(row(yaml))).isNull();
    String text = "status: x\n";
    assertThat(Numbers.status(row(text))).isNull();
    assertThat(codesAt(diagnostics))
        .containsExactlyInAnyOrder("E-DATA-004 " + at(yaml, "-3"), "E-DATA-002 " + at(text, "x"));
  }
}
