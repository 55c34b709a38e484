package dk.evalsite.site;

import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.render.Formats;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report's rows of the portfolio's open data: one row for data/reports.* and one per goal row for
 * data/goals.*. Every cell is text, numbers written as the data states them ("45.5", never binary
 * floating point); null is an empty cell. Kept in the unit's record, so an unchanged report need
 * not be loaded to write them, and text survives the cache unchanged.
 */
record OpenDataRows(List<String> report, List<List<String>> goals) {

  /** Columns holding numbers, written as numbers in JSON. */
  static final java.util.Set<String> NUMBERS =
      java.util.Set.of(
          "implementation_mean",
          "attainment_percent",
          "effect_goals_met",
          "effect_goals_collected",
          "target",
          "target_after",
          "status");

  static final List<String> REPORT_COLUMNS =
      List.of(
          "slug",
          "title",
          "language",
          "translation",
          "kind",
          "date",
          "published",
          "updated",
          "evaluator",
          "grant_holder",
          "fund",
          "priority_axis",
          "grant_from",
          "grant_to",
          "implementation_mean",
          "implementation_light",
          "attainment_goals",
          "attainment_percent",
          "attainment_light",
          "effect_light",
          "effect_goals_met",
          "effect_goals_collected",
          "page");

  static final List<String> GOAL_COLUMNS =
      List.of(
          "report",
          "language",
          "region",
          "region_name",
          "goal_kind",
          "goal",
          "label",
          "target",
          "target_after",
          "status",
          "printed",
          "outcome",
          "light");

  static OpenDataRows of(ReportScore score, String translation) {
    var r = score.report();
    var facts = r.facts();
    var impl = score.implementation();
    var headline = score.headline();
    List<String> report =
        cells(
            r.slug(),
            r.title(),
            r.language(),
            translation,
            r.kind().id(),
            r.date() == null ? null : r.date().toString(),
            r.dates().published() == null ? null : r.dates().published().toString(),
            r.dates().updated() == null ? null : r.dates().updated().toString(),
            r.evaluator(),
            facts == null ? null : facts.grantHolder(),
            facts == null ? null : facts.fund(),
            facts == null ? null : facts.priorityAxis(),
            facts == null || facts.grantFrom() == null ? null : facts.grantFrom().toString(),
            facts == null || facts.grantTo() == null ? null : facts.grantTo().toString(),
            impl.mean(),
            light(impl.light()),
            headline.kind().id(),
            headline.percent(),
            light(headline.light()),
            light(r.effect().light()),
            score.effectEvidence().met(),
            score.effectEvidence().collected(),
            "reports/" + r.slug() + "/");
    Formats fmt = new Formats(r.language());
    List<List<String>> goals = new ArrayList<>();
    for (var region : score.regions()) {
      for (GoalKind kind : GoalKind.values()) {
        for (var row : region.rows(kind)) {
          var goal = row.goal();
          Share share = row.share();
          goals.add(
              cells(
                  r.slug(),
                  r.language(),
                  region.region().id(),
                  region.region().name(),
                  kind.id(),
                  goal.id(),
                  goal.label(),
                  goal.target(),
                  goal.targetAfter(),
                  goal.status(),
                  fmt.share(share),
                  share.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                  light(row.light())));
        }
      }
    }
    return new OpenDataRows(report, goals);
  }

  private static String light(Light light) {
    return light == null ? null : light.id();
  }

  /** Values as cells: decimals as written (never in exponent form), null as null. */
  private static List<String> cells(Object... values) {
    List<String> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
