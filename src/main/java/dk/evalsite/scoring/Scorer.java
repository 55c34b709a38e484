package dk.evalsite.scoring;

import dk.evalsite.config.Band;
import dk.evalsite.config.BandTable;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRules.EffectTarget;
import dk.evalsite.data.Report;
import dk.evalsite.scoring.ImplementationScore.ParameterRow;
import dk.evalsite.scoring.ReportScore.EffectEvidence;
import dk.evalsite.scoring.ReportScore.ItemScore;
import dk.evalsite.scoring.ReportScore.RegionScore;
import dk.evalsite.scoring.ReportScore.RowScore;
import dk.evalsite.scoring.ReportScore.SectionScore;
import dk.evalsite.scoring.ReportScore.SurveyScore;
import dk.evalsite.scoring.Share.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the scoring rules to a report. Pure: records in, records out, exact decimal arithmetic
 * throughout (a binary double would turn 29 of 100 into 28 %).
 */
public final class Scorer {
  private final ScoringRules rules;

  public Scorer(ScoringRules rules) {
    this.rules = rules;
  }

  public ReportScore score(Report report) {
    EffectTarget effectTarget = rules.attainment().effectTarget().get(report.kind());
    BandTable bands = rules.attainment().bands().get(report.kind());
    List<RegionScore> regions = new ArrayList<>();
    for (Report.Region region : report.regions()) {
      Map<GoalKind, List<RowScore>> rows = new EnumMap<>(GoalKind.class);
      for (GoalKind kind : GoalKind.values()) {
        List<RowScore> scored = new ArrayList<>();
        for (Report.Goal goal : region.goals(kind)) {
          BigDecimal target =
              kind == GoalKind.EFFECT && effectTarget == EffectTarget.AFTER
                  ? goal.targetAfter()
                  : goal.target();
          Share share = Shares.of(target, goal.status());
          scored.add(new RowScore(goal, target, share, light(bands, share)));
        }
        rows.put(kind, List.copyOf(scored));
      }
      regions.add(new RegionScore(region, rows, usage(region.budget()), usage(region.months())));
    }
    Map<GoalKind, OverallAttainment> overall = new EnumMap<>(GoalKind.class);
    for (GoalKind kind : GoalKind.values()) {
      overall.put(kind, overall(kind, regions, bands));
    }
    return new ReportScore(
        report,
        List.copyOf(regions),
        overall,
        overall.get(rules.attainment().overallFrom()),
        implementation(report.implementation(), report.language()),
        effectEvidence(report, regions),
        survey(report.survey()));
  }

  /** A row's light from its capped share; none when the share is undefined or not collected. */
  private static dk.evalsite.config.Light light(BandTable bands, Share share) {
    // 0 of a target of 0 counts as 0 in averages (the reference does so), but it is not a
    // red row: nothing was asked of it.
    if (share.capped() == null || share.outcome() == Share.Outcome.UNDEFINED) {
      return null;
    }
    return bands.find(BigDecimal.valueOf(share.capped())).map(Band::light).orElse(null);
  }

  private static Share usage(Report.Usage usage) {
    return usage == null ? null : Shares.of(usage.planned(), usage.used());
  }

  /** Pooled plain mean of the capped rows of every region, truncated. */
  static OverallAttainment overall(GoalKind kind, List<RegionScore> regions, BandTable bands) {
    int sum = 0;
    int rows = 0;
    for (RegionScore region : regions) {
      for (RowScore row : region.rows(kind)) {
        if (row.share().capped() != null) {
          sum += row.share().capped();
          rows++;
        }
      }
    }
    if (rows == 0) {
      return new OverallAttainment(kind, null, null, 0, null, null);
    }
    BigDecimal exact =
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rows), 6, RoundingMode.DOWN);
    int percent =
        BigDecimal.valueOf(sum)
            .divide(BigDecimal.valueOf(rows), 0, RoundingMode.DOWN)
            .intValueExact();
    Band band = bands.find(BigDecimal.valueOf(percent)).orElse(null);
    return new OverallAttainment(
        kind, percent, exact, rows, band, band == null ? null : band.light());
  }

  /** The parameters with their names and scale meanings in the report's {@code language}. */
  private ImplementationScore implementation(
      Report.Implementation implementation, String language) {
    ScoringRules.Implementation rules = this.rules.implementation();
    List<ParameterRow> rows = new ArrayList<>();
    int sum = 0;
    for (ScoringRules.Parameter parameter : rules.parameters()) {
      Report.ParameterScore score =
          implementation.parameters().stream()
              .filter(p -> p.id().equals(parameter.id()))
              .findFirst()
              .orElse(null);
      if (score == null) {
        continue;
      }
      sum += score.score();
      String meaning =
          rules.scale().stream()
              .filter(l -> l.score() == score.score())
              .findFirst()
              .map(l -> l.meaning().in(language)) // none in this language: reported by the check
              .orElse("");
      rows.add(
          new ParameterRow(
              parameter.id(),
              parameter.name().in(language),
              score.score(),
              meaning,
              score.finding()));
    }
    if (rows.isEmpty()) {
      return new ImplementationScore(
          List.of(), null, null, null, null, implementation.publishedMean());
    }
    BigDecimal count = BigDecimal.valueOf(rows.size());
    BigDecimal exact = BigDecimal.valueOf(sum).divide(count, 6, RoundingMode.DOWN);
    BigDecimal mean =
        BigDecimal.valueOf(sum).divide(count, rules.meanDecimals(), RoundingMode.HALF_UP);
    Band band = rules.bands().find(mean).orElse(null);
    return new ImplementationScore(
        List.copyOf(rows),
        exact,
        mean,
        band,
        band == null ? null : band.light(),
        implementation.publishedMean());
  }

  private static EffectEvidence effectEvidence(Report report, List<RegionScore> regions) {
    int met = 0;
    int collected = 0;
    for (RegionScore region : regions) {
      for (RowScore row : region.rows(GoalKind.EFFECT)) {
        Outcome outcome = row.share().outcome();
        if (outcome != Outcome.NOT_COLLECTED) {
          collected++;
          if (outcome == Outcome.OVER || outcome == Outcome.MET) {
            met++;
          }
        }
      }
    }
    return new EffectEvidence(report.effect().light(), null, met, collected);
  }

  private static SurveyScore survey(Report.Survey survey) {
    if (survey == null) {
      return null;
    }
    List<SectionScore> sections = new ArrayList<>();
    for (Report.SurveySection section : survey.sections()) {
      List<ItemScore> items = new ArrayList<>();
      for (Report.SurveyItem item : section.items()) {
        items.add(
            new ItemScore(item, item.n() == 0 ? 0 : Shares.roundedPercent(item.top2(), item.n())));
      }
      sections.add(new SectionScore(section, List.copyOf(items)));
    }
    return new SurveyScore(
        Shares.roundedPercent(survey.answered(), survey.sent()), List.copyOf(sections));
  }
}
