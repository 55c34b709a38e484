package dk.evalsite.diff;

import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.render.Formats;
import dk.evalsite.render.Messages;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure a report prints, as its pages print it: each goal row's target, status, attainment
 * and light; each region's budget and time use; the headline attainment, the implementation mean,
 * the three lights; the survey's response rate and shares. Numbers in the report's language ("58
 * %", "45,5"), lights as the words of its badges.
 */
final class FigureSheet {
  private final Formats fmt;
  private final Messages msg;
  private final List<Figure> out = new ArrayList<>();

  private FigureSheet(Messages msg) {
    this.msg = msg;
    this.fmt = new Formats(msg.language());
  }

  static List<Figure> of(ReportScore score, Messages msg) {
    FigureSheet sheet = new FigureSheet(msg);
    sheet.add(score);
    return List.copyOf(sheet.out);
  }

  private void add(ReportScore score) {
    var report = score.report();
    var impl = score.implementation();
    figure(
        null,
        null,
        "implementation_mean",
        impl.mean() == null ? "-" : fmt.fixed(impl.mean(), impl.mean().scale()),
        false,
        0);
    figure(null, null, "implementation_light", light(impl.light()), true, 0);
    var headline = score.headline();
    figure(
        null,
        null,
        "overall_attainment",
        headline.percent() == null ? "-" : fmt.percent(headline.percent()),
        false,
        0);
    figure(null, null, "attainment_light", light(headline.light()), true, 0);
    figure(null, null, "effect_light", light(report.effect().light()), true, 0);
    figure(
        null,
        null,
        "effect_goals_met",
        score.effectEvidence().met() + "/" + score.effectEvidence().collected(),
        false,
        0);
    for (var region : score.regions()) {
      String id = region.region().id();
      int line = region.region().pos() == null ? 0 : region.region().pos().line();
      for (GoalKind kind : GoalKind.values()) {
        for (var row : region.rows(kind)) {
          var goal = row.goal();
          int at = goal.pos() == null ? line : goal.pos().line();
          figure(goal.id(), id, "target", number(goal.target()), false, at);
          if (goal.targetAfter() != null) {
            figure(goal.id(), id, "target_after", number(goal.targetAfter()), false, at);
          }
          figure(
              goal.id(),
              id,
              "status",
              goal.status() == null ? "-" : number(goal.status()),
              false,
              at);
          figure(goal.id(), id, "attainment", fmt.share(row.share()), false, at);
          if (row.light() != null || row.share() != null) {
            figure(goal.id(), id, "light", light(row.light()), true, at);
          }
        }
      }
      usage(id, "budget", region.region().budget(), region.budget());
      usage(id, "months", region.region().months(), region.months());
    }
    if (score.survey() != null) {
      figure(
          null, null, "survey_response_rate", fmt.percent(score.survey().responseRate()), false, 0);
      for (var section : score.survey().sections()) {
        int n = 0;
        for (var item : section.items()) {
          n++;
          int at = item.item().pos() == null ? 0 : item.item().pos().line();
          figure(
              section.section().id() + "#" + n,
              null,
              "survey_share",
              fmt.percent(item.percent()),
              false,
              at);
        }
      }
    }
  }

  private void usage(String region, String what, dk.evalsite.data.Report.Usage usage, Share share) {
    if (usage == null) {
      return;
    }
    int at = usage.pos() == null ? 0 : usage.pos().line();
    figure(null, region, what + "_planned", number(usage.planned()), false, at);
    figure(null, region, what + "_used", number(usage.used()), false, at);
    if (share != null) {
      figure(null, region, what + "_use", fmt.share(share), false, at);
    }
  }

  private String number(BigDecimal value) {
    return value == null ? "-" : fmt.decimal(value);
  }

  private String light(Light light) {
    return msg.get("light." + (light == null ? "none" : light.id()));
  }

  private void figure(
      String goal, String region, String field, String printed, boolean light, int line) {
    out.add(new Figure(goal, region, field, printed, light, line));
  }
}
