package dk.evalsite.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The scoring rules of scoring.yaml: what scoring computes and what Bilag A prints. */
public record ScoringRules(
    Path file,
    Implementation implementation,
    Attainment attainment,
    List<LightMeaning> effectLights) {

  /** The six parameters, the 1–5 scale and the bands for the mean. */
  public record Implementation(
      List<Parameter> parameters, List<ScaleLevel> scale, int meanDecimals, BandTable bands) {}

  public record Parameter(String id, LocalText name) {}

  public record ScaleLevel(int score, LocalText meaning) {}

  /** Attainment bands per evaluation kind, and which goal table the overall figure uses. */
  public record Attainment(
      GoalKind overallFrom,
      Map<EvaluationKind, BandTable> bands,
      Map<EvaluationKind, EffectTarget> effectTarget) {}

  /** Which target of an effect goal an evaluation measures against. */
  public enum EffectTarget {
    DURING,
    AFTER
  }

  public record LightMeaning(Light light, LocalText meaning) {}
}
