package dk.evalsite.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.scoring.Comparison.GoalChange;
import dk.evalsite.scoring.Comparison.Presence;
import dk.evalsite.scoring.Comparison.RegionChange;
import dk.evalsite.scoring.EvaluationFigures.GoalFigures;
import dk.evalsite.scoring.EvaluationFigures.RegionFigures;
import dk.evalsite.scoring.EvaluationFigures.SurveyFigures;
import dk.evalsite.scoring.EvaluationFigures.SurveyItemFigures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching and differences, on figures written out by hand. */
class ComparisonTest {
  static GoalFigures goal(GoalKind kind, String id, String target, String status) {
    return new GoalFigures(
        kind,
        id,
        id,
        Shares.of(new BigDecimal(target), status == null ? null : new BigDecimal(status)),
        null);
  }

  static EvaluationFigures figures(
      EvaluationKind kind,
      String mean,
      Integer percent,
      List<RegionFigures> regions,
      SurveyFigures survey) {
    return new EvaluationFigures(
        "s-" + kind.id(),
        "T",
        kind,
        "da",
        null,
        new BigDecimal(mean),
        Light.YELLOW,
        GoalKind.OUTPUT,
        percent,
        Light.YELLOW,
        Light.RED,
        0,
        0,
        "mio. DKK",
        regions,
        survey);
  }

  final EvaluationFigures then =
      figures(
          EvaluationKind.MIDTERM,
          "2.7",
          32,
          List.of(
              new RegionFigures(
                  "nord",
                  "Nord",
                  null,
                  null,
                  List.of(
                      goal(GoalKind.ACTIVITY, "A3", "20", "14"),
                      goal(GoalKind.OUTPUT, "B1", "60", "20"),
                      goal(GoalKind.OUTPUT, "B2", "46", "27"),
                      goal(GoalKind.EFFECT, "C2", "20", null))),
              new RegionFigures(
                  "vest", "Vest", null, null, List.of(goal(GoalKind.OUTPUT, "B1", "10", "5")))),
          new SurveyFigures(
              30, 21, 70, List.of(new SurveyItemFigures("s", 1, "ny viden", 12, 21, 57))));

  final EvaluationFigures now =
      figures(
          EvaluationKind.FINAL,
          "3.7",
          74,
          List.of(
              new RegionFigures(
                  "syd", "Syd", null, null, List.of(goal(GoalKind.OUTPUT, "B1", "4", "4"))),
              new RegionFigures(
                  "nord",
                  "Nord",
                  null,
                  null,
                  List.of(
                      goal(GoalKind.OUTPUT, "B4", "40", "29"),
                      goal(GoalKind.OUTPUT, "B2", "46", "47"),
                      goal(GoalKind.OUTPUT, "B1", "60", "51"),
                      goal(GoalKind.EFFECT, "C2", "40", "27")))),
          new SurveyFigures(
              32, 26, 81, List.of(new SurveyItemFigures("s", 1, "ny viden", 20, 26, 77))));

  @Test
  void regionsMatchByIdInTheFinalsOrderWithMidtermOnlyRegionsLast() {
    Comparison c = Comparison.of(then, now);
    assertThat(c.regions())
        .extracting(RegionChange::id, RegionChange::presence)
        .containsExactly(
            tuple("syd", Presence.ONLY_NOW),
            tuple("nord", Presence.BOTH),
            tuple("vest", Presence.ONLY_THEN));
    // A region only the midterm has keeps its goal rows, marked.
    assertThat(c.regions().get(2).goals())
        .extracting(GoalChange::id, GoalChange::presence)
        .containsExactly(tuple("B1", Presence.ONLY_THEN));
  }

  @Test
  void goalRowsMatchByKindAndIdAndTheChangeIsInCappedPoints() {
    List<GoalChange> nord = Comparison.of(then, now).regions().get(1).goals();
    assertThat(nord)
        .extracting(GoalChange::kind, GoalChange::id, GoalChange::presence, GoalChange::points)
        .containsExactly(
            // Kind by kind (activity, output, effect): the final's rows in its order, then the
            // midterm's own.
            tuple(GoalKind.ACTIVITY, "A3", Presence.ONLY_THEN, null),
            tuple(GoalKind.OUTPUT, "B4", Presence.ONLY_NOW, null),
            // B2: 27/46 = 58,7 → 58; 47/46 over target, capped at 100: 100 − 58 = 42.
            tuple(GoalKind.OUTPUT, "B2", Presence.BOTH, 42),
            // B1: 20/60 = 33,3 → 33; 51/60 = 85: 85 − 33 = 52.
            tuple(GoalKind.OUTPUT, "B1", Presence.BOTH, 52),
            // C2 was not collected at the midterm: no change.
            tuple(GoalKind.EFFECT, "C2", Presence.BOTH, null));
  }

  @Test
  void verdictAndSurveyChangesAreExact() {
    Comparison c = Comparison.of(then, now);
    // 3,7 − 2,7 = 1,0 exactly (no binary floating point).
    assertThat(c.implementationChange()).isEqualTo(new BigDecimal("1.0"));
    assertThat(c.attainmentChange()).isEqualTo(74 - 32);
    assertThat(c.surveyItems())
        .singleElement()
        .satisfies(i -> assertThat(i.points()).isEqualTo(77 - 57));
  }

  @Test
  void withoutASurveyOnOneSideThereAreNoSurveyRows() {
    EvaluationFigures noSurvey = figures(EvaluationKind.FINAL, "3.0", null, now.regions(), null);
    Comparison c = Comparison.of(then, noSurvey);
    assertThat(c.surveyItems()).isEmpty();
    assertThat(c.attainmentChange()).isNull();
  }
}
