package dk.evalsite.scoring;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.data.Report;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small reports built in code, and the default scoring rules of the example site. */
final class TestReports {
  static final Path FILE = Path.of("report.yaml");
  static final List<String> PARAMETERS =
      List.of("organisation", "coherence", "quality", "relevance", "anchoring", "monitoring");

  private TestReports() {}

  static ScoringRules defaultRules() {
    Diagnostics d = new Diagnostics();
    ScoringRules rules =
        new ScoringRulesLoader(d).load(Path.of("content/scoring.yaml")).orElseThrow();
    if (d.hasErrors() || d.warningCount() > 0) {
      throw new AssertionError(d.sorted());
    }
    return rules;
  }

  static Report.Goal goal(String id, String target, String status) {
    return new Report.Goal(
        id,
        id,
        new BigDecimal(target),
        null,
        status == null ? null : new BigDecimal(status),
        null,
        SourcePos.of(FILE));
  }

  static Report.Region region(String id, List<Report.Goal> outputGoals) {
    Map<GoalKind, List<Report.Goal>> goals = new EnumMap<>(GoalKind.class);
    goals.put(GoalKind.OUTPUT, outputGoals);
    return new Report.Region(id, id, SourcePos.of(FILE), null, null, goals);
  }

  static Report report(EvaluationKind kind, List<Report.Region> regions, int... scores) {
    List<Report.ParameterScore> params = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      params.add(new Report.ParameterScore(PARAMETERS.get(i), scores[i], null, SourcePos.of(FILE)));
    }
    return new Report(
        "r",
        FILE,
        "R",
        kind,
        "da",
        null,
        null,
        false,
        new Report.Facts(null, null, null, null, null, null, null, null),
        "",
        regions,
        new Report.Implementation(
            false, null, SourcePos.of(FILE), null, params, SourcePos.of(FILE)),
        null,
        new Report.EffectVerdict(Light.GREEN, false, null),
        null,
        new Report.EffectChain(List.of(), List.of(), List.of()),
        List.of());
  }
}
