package dk.evalsite.data;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void goalIdsAreACapitalLetterAndANumber() {
    assertThat(Ids.GOAL.matcher("A1").matches()).isTrue();
    assertThat(Ids.GOAL.matcher("C12").matches()).isTrue();
    assertThat(Ids.GOAL.matcher("B3a").matches()).isTrue();
    for (String bad : new String[] {"a1", "A", "A1234", "AB1", "A1-", "Æ1"}) {
      assertThat(Ids.GOAL.matcher(bad).matches()).as(bad).isFalse();
    }
  }

  @Test
  void slugsAreLowerCaseLettersDigitsAndHyphensUpTo64() {
    assertThat(Ids.SLUG.matcher("region-sjaelland").matches()).isTrue();
    assertThat(Ids.SLUG.matcher("x".repeat(64)).matches()).isTrue();
    for (String bad : new String[] {"x".repeat(65), "-nord", "Nord", "sjælland", "a_b", "a b"}) {
      assertThat(Ids.SLUG.matcher(bad).matches()).as(bad).isFalse();
    }
  }

  @Test
  void aMalformedIdIsReportedAtItsValueWithAHintForItsKind() {
    Diagnostics diagnostics = new Diagnostics();
    String yaml = "id: a1\nslug: Nord\n";
    var f = YamlText.fields(yaml, diagnostics);
    assertThat(Ids.checked(f, "id", Ids.GOAL, "goal id")).isNull();
    assertThat(Ids.checked(f, "slug", Ids.SLUG, "region id")).isNull();
    assertThat(YamlText.codesAt(diagnostics)).containsExactly("E-DATA-007 1:5", "E-DATA-007 2:7");
    assertThat(diagnostics.sorted())
        .extracting(d -> d.message() + " | " + d.hint())
        .containsExactly(
            "`a1` is not a valid goal id | Goal ids are a capital letter and a number, like A1, B3 or C12.",
            "`Nord` is not a valid region id | Use lower-case letters, digits and hyphens, like `region-sjaelland`.");
  }

  @Test
  void aValidIdIsReturnedAsWritten() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(Ids.checked(YamlText.fields("id: B3\n", diagnostics), "id", Ids.GOAL, "goal id"))
        .isEqualTo("B3");
    assertThat(diagnostics.sorted()).isEmpty();
  }
}
