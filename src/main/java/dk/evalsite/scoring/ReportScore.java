package dk.evalsite.scoring;

import dk.evalsite.config.Band;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.data.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Everything scoring computes for one report; templates and charts only display it. */
public record ReportScore(
    Report report,
    List<RegionScore> regions,
    Map<GoalKind, OverallAttainment> overall,
    OverallAttainment headline,
    ImplementationScore implementation,
    EffectEvidence effectEvidence,
    SurveyScore survey) {

  public record RegionScore(
      Report.Region region, Map<GoalKind, List<RowScore>> rows, Share budget, Share months) {

    public List<RowScore> rows(GoalKind kind) {
      return rows.getOrDefault(kind, List.of());
    }
  }

  /**
   * One goal row with the target it was measured against, and the light of its capped attainment in
   * the bands of the report's kind (null when not collected).
   */
  public record RowScore(Report.Goal goal, BigDecimal target, Share share, Light light) {}

  /**
   * Evidence shown beside the evaluator's effect light: effect goals met (at or above target) out
   * of those with a collected status. The light itself is the evaluator's.
   */
  public record EffectEvidence(Light light, Band band, int met, int collected) {}

  public record SurveyScore(int responseRate, List<SectionScore> sections) {}

  public record SectionScore(Report.SurveySection section, List<ItemScore> items) {}

  public record ItemScore(Report.SurveyItem item, int percent) {}
}
