package dk.evalsite.scoring;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What another evaluation of the same project shows of a report: its verdicts, every goal row's
 * attainment, budget and time use, and survey shares, all as scored. Small and plain, so an
 * incremental build keeps it in the report's record and a final evaluation can compare itself with
 * an unchanged midterm without loading it again.
 */
public record EvaluationFigures(
    String slug,
    String title,
    EvaluationKind kind,
    String language,
    String date,
    BigDecimal implementationMean,
    Light implementationLight,
    GoalKind headlineKind,
    Integer attainmentPercent,
    Light attainmentLight,
    Light effectLight,
    int effectGoalsMet,
    int effectGoalsCollected,
    String budgetUnit,
    List<RegionFigures> regions,
    SurveyFigures survey) {

  public EvaluationFigures {
    regions = List.copyOf(regions);
  }

  /** A region: its budget and time use (null when not given) and its goal rows, kind by kind. */
  public record RegionFigures(
      String id, String name, UsageFigures budget, UsageFigures months, List<GoalFigures> goals) {
    public RegionFigures {
      goals = List.copyOf(goals);
    }
  }

  /** Planned against used, and the share printed from them. */
  public record UsageFigures(BigDecimal planned, BigDecimal used, Share share) {}

  /** A goal row: its kind, id and label, its attainment and the light of its report's bands. */
  public record GoalFigures(GoalKind kind, String id, String label, Share share, Light light) {}

  /** The survey: sent, answered, response rate, and each item's top-2 count and share. */
  public record SurveyFigures(
      int sent, int answered, int responseRate, List<SurveyItemFigures> items) {
    public SurveyFigures {
      items = List.copyOf(items);
    }
  }

  /** A survey item, named by its section id and its place in the section (1, 2, ...). */
  public record SurveyItemFigures(
      String section, int number, String text, int top2, int n, int percent) {}

  public static EvaluationFigures of(ReportScore score) {
    var report = score.report();
    List<RegionFigures> regions = new ArrayList<>();
    for (var region : score.regions()) {
      List<GoalFigures> goals = new ArrayList<>();
      for (GoalKind kind : GoalKind.values()) {
        for (var row : region.rows(kind)) {
          goals.add(
              new GoalFigures(kind, row.goal().id(), row.goal().label(), row.share(), row.light()));
        }
      }
      var r = region.region();
      regions.add(
          new RegionFigures(
              r.id(),
              r.name(),
              usage(r.budget(), region.budget()),
              usage(r.months(), region.months()),
              goals));
    }
    SurveyFigures survey = null;
    if (report.survey() != null && score.survey() != null) {
      List<SurveyItemFigures> items = new ArrayList<>();
      for (var section : score.survey().sections()) {
        int number = 0;
        for (var item : section.items()) {
          items.add(
              new SurveyItemFigures(
                  section.section().id(),
                  ++number,
                  item.item().text(),
                  item.item().top2(),
                  item.item().n(),
                  item.percent()));
        }
      }
      survey =
          new SurveyFigures(
              report.survey().sent(),
              report.survey().answered(),
              score.survey().responseRate(),
              items);
    }
    var impl = score.implementation();
    var headline = score.headline();
    return new EvaluationFigures(
        report.slug(),
        report.title(),
        report.kind(),
        report.language(),
        report.date() == null ? null : report.date().toString(),
        impl.mean(),
        impl.light(),
        headline.kind(),
        headline.percent(),
        headline.light(),
        report.effect().light(),
        score.effectEvidence().met(),
        score.effectEvidence().collected(),
        report.budgetUnit(),
        regions,
        survey);
  }

  private static UsageFigures usage(dk.evalsite.data.Report.Usage usage, Share share) {
    return usage == null ? null : new UsageFigures(usage.planned(), usage.used(), share);
  }
}
