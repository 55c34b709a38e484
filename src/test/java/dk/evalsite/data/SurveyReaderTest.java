package dk.evalsite.data;

import static dk.evalsite.data.YamlText.at;
import static dk.evalsite.data.YamlText.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.data.Report.SurveyItem;
import dk.evalsite.data.Report.SurveySection;
import dk.evalsite.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class SurveyReaderTest {
  final Diagnostics diagnostics = new Diagnostics();

  /** The section of {@code yaml} (a mapping under `section:`), answered by {@code answered}. */
  SurveySection section(String yaml, Integer answered) {
    return new SurveyReader(diagnostics)
        .section(YamlText.fields(yaml, diagnostics).node("section", true), answered);
  }

  @Test
  void aDistributionGivesTheTopTwoCountAndItsOwnTotal() {
    String yaml =
        """
        section:
          id: udbytte
          question: Hvad fik I ud af det?
          items:
            - {text: viden, distribution: [1, 0, 2, 3, 2]}
            - {text: kontakter, top2: 4}
            - {text: vækst, top2: 1, n: 5}
        """;
    SurveySection s = section(yaml, 6);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(s.id()).isEqualTo("udbytte");
    assertThat(s.question()).isEqualTo("Hvad fik I ud af det?");
    assertThat(s.items())
        .extracting(SurveyItem::text, SurveyItem::top2, SurveyItem::n)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("viden", 5, 8),
            org.assertj.core.groups.Tuple.tuple("kontakter", 4, 6),
            org.assertj.core.groups.Tuple.tuple("vækst", 1, 5));
    assertThat(s.items().get(0).distribution()).containsExactly(1, 0, 2, 3, 2);
    assertThat(s.items().get(1).distribution()).isEmpty();
  }

  @Test
  void reportsEachBadItemAtItsPlaceAndDropsIt() {
    String yaml =
        """
        section:
          id: s
          items:
            - {text: both, top2: 2, distribution: [0, 0, 0, 1, 1]}
            - {text: four, distribution: [0, 1, 1, 1]}
            - {text: hex, distribution: [0, 0x1, -1, 1, 1]}
            - {text: more, top2: 7}
            - {text: neither}
            - {text: ok, top2: 6}
        """;
    SurveySection s = section(yaml, 6);
    assertThat(codesAt(diagnostics)) // in the order of the file
        .containsExactly(
            "E-DATA-007 " + at(yaml, "2, distribution"),
            "E-DATA-004 " + at(yaml, "[0, 1, 1, 1]"),
            "E-DATA-004 " + at(yaml, "[0, 0x1"),
            "E-DATA-002 " + at(yaml, "0x1"),
            "E-DATA-002 " + at(yaml, "-1"),
            "E-DATA-004 " + at(yaml, "7}"),
            "E-DATA-003 " + at(yaml, "{text: neither"));
    assertThat(diagnostics.sorted().get(5).message())
        .isEqualTo("the top-2 count 7 is not between 0 and the 6 respondents");
    assertThat(s.items()).extracting(SurveyItem::text).containsExactly("ok");
  }

  @Test
  void aSectionIdMustBeASlug() {
    String yaml = "section:\n  id: Udbytte\n  items:\n    - {text: a, top2: 1}\n";
    assertThat(section(yaml, 1)).isNull();
    assertThat(codesAt(diagnostics)).containsExactly("E-DATA-007 " + at(yaml, "Udbytte"));
  }
}
