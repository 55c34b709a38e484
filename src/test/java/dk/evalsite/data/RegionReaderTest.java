package dk.evalsite.data;

import static dk.evalsite.data.YamlText.at;
import static dk.evalsite.data.YamlText.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.config.GoalKind;
import dk.evalsite.data.Report.Goal;
import dk.evalsite.data.Report.Region;
import dk.evalsite.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionReaderTest {
  final Diagnostics diagnostics = new Diagnostics();

  List<Region> regions(String yaml) {
    return new RegionReader(diagnostics)
        .regions(YamlText.fields(yaml, diagnostics).list("regions", true));
  }

  @Test
  void readsTheThreeGoalTablesOfEachRegionInTheirOrder() {
    String yaml =
        """
        regions:
          - id: vest
            name: Vest
            output_goals:
              - {id: B2, label: to, target: 2, status: 1}
              - {id: B1, label: en, target: 1, status: 1}
            activity_goals:
              - {id: A1, label: a, target: 3, status: 3, note: "efter plan"}
            effect_goals:
              - {id: C1, label: c, target_during: 4, target_after: 5, status: "-"}
        """;
    Region vest = regions(yaml).get(0);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(vest.goals(GoalKind.OUTPUT)).extracting(Goal::id).containsExactly("B2", "B1");
    assertThat(vest.goals(GoalKind.ACTIVITY).get(0).note()).isEqualTo("efter plan");
    Goal c1 = vest.goals(GoalKind.EFFECT).get(0);
    assertThat(c1.target()).isEqualByComparingTo("4");
    assertThat(c1.targetAfter()).isEqualByComparingTo("5");
    assertThat(c1.status()).isNull();
    assertThat(vest.goals(GoalKind.ACTIVITY).get(0).targetAfter()).isNull();
  }

  @Test
  void anIdUsedTwiceIsReportedAtItsSecondUseNamingTheFirstLine() {
    String yaml =
        """
        regions:
          - id: vest
            name: Vest
            activity_goals:
              - {id: A1, label: a, target: 1, status: 1}
              - {id: A1, label: b, target: 1, status: 1}
            output_goals:
              - {id: A1, label: same id in another table, target: 1, status: 1}
          - id: vest
            name: Vest igen
        """;
    List<Region> regions = regions(yaml);
    int second = yaml.indexOf("{id: A1, label: b");
    int secondRegion = yaml.indexOf("- id: vest", 20);
    assertThat(codesAt(diagnostics))
        .containsExactly(
            "E-DATA-005 " + at(yaml, "A1", second), "E-DATA-005 " + at(yaml, "vest", secondRegion));
    assertThat(diagnostics.sorted())
        .extracting(d -> d.message())
        .containsExactly(
            "goal id `A1` appears twice in the activity goals of region vest (also line 5)",
            "region id `vest` is used twice (also line 2)");
    assertThat(regions).extracting(Region::name).containsExactly("Vest", "Vest igen");
  }

  @Test
  void effectGoalsNeedBothTargetsAndOtherGoalsOnlyOne() {
    String yaml =
        """
        regions:
          - id: vest
            name: Vest
            effect_goals:
              - {id: C1, label: c, target: 4, status: 1}
        """;
    regions(yaml);
    assertThat(diagnostics.sorted())
        .extracting(d -> d.code() + " " + d.message().replaceAll("`", ""))
        .anySatisfy(m -> assertThat(m).startsWith("E-DATA-003").contains("target_during"))
        .anySatisfy(m -> assertThat(m).startsWith("E-DATA-003").contains("target_after"))
        .anySatisfy(m -> assertThat(m).startsWith("E-DATA-001").contains("target"));
  }
}
