package dk.evalsite.render;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.charts.ChartSpec;
import dk.evalsite.config.GoalKind;
import dk.evalsite.content.FigureKind;
import dk.evalsite.content.MarkdownDocument.FigureRef;
import dk.evalsite.data.Report;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.ReportScore.RegionScore;
import dk.evalsite.scoring.ReportScore.RowScore;
import dk.evalsite.scoring.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The view of each figure kind: every number already formatted, every light already chosen, so a
 * template only lays them out.
 */
final class FigureViews {
  private final ReportScore score;
  private final Messages msg;
  private final Formats fmt;
  private final Badges badges;
  private final ChartViews charts;
  private final ChartRenderer renderer;

  FigureViews(
      ReportScore score,
      Messages msg,
      Formats fmt,
      Badges badges,
      ChartViews charts,
      ChartRenderer renderer) {
    this.score = score;
    this.msg = msg;
    this.fmt = fmt;
    this.badges = badges;
    this.charts = charts;
    this.renderer = renderer;
  }

  /** The SVG of the figure's chart, with ids unique on its page; null if it has none. */
  String chart(FigureKind kind, String arg, String id) {
    ChartSpec spec =
        switch (kind) {
          case EFFECT_CHAIN -> charts.effectChain(id);
          case IMPLEMENTATION -> charts.implementation(id);
          case ACTIVITY -> charts.attainment(id, GoalKind.ACTIVITY, region(arg));
          case OUTPUT -> charts.attainment(id, GoalKind.OUTPUT, region(arg));
          case EFFECT -> charts.attainment(id, GoalKind.EFFECT, region(arg));
          case BUDGET -> charts.budget(id, region(arg));
          case SURVEY -> charts.survey(id, section(arg));
          default -> null;
        };
    return spec == null ? null : renderer.svg(spec);
  }

  /** The figure for {@code ref}; its caption gets "Figur N" when {@code number} is not null. */
  Map<String, Object> figure(FigureKind kind, FigureRef ref, Integer number) {
    String arg = kind.argument() == null ? null : ref.args().get(kind.argument());
    Model m = Model.of().put("kind", kind.id());
    m.put("id", number == null ? kind.id() + (arg == null ? "" : "-" + arg) : "figur-" + number);
    m.put("number", number == null ? null : msg.format("figure.number", String.valueOf(number)));
    if (kind.hasChart()) {
      m.put("chart", chart(kind, arg, "chart-" + m.map().get("id")));
    }
    switch (kind) {
      case FACTBOX -> m.put("caption", msg.get("figure.factbox")).put("facts", facts());
      case EFFECT_CHAIN -> effectChain(m);
      case IMPLEMENTATION -> implementation(m);
      case OVERVIEW -> overview(m);
      case ACTIVITY -> goals(m, GoalKind.ACTIVITY, arg);
      case OUTPUT -> goals(m, GoalKind.OUTPUT, arg);
      case EFFECT -> goals(m, GoalKind.EFFECT, arg);
      case BUDGET -> budget(m, arg);
      case SURVEY -> survey(m, arg);
      case LEARNING_POINTS -> learning(m);
    }
    return m.map();
  }

  List<Map<String, Object>> facts() {
    Report report = score.report();
    Report.Facts f = report.facts();
    List<Map<String, Object>> rows = new ArrayList<>();
    addFact(rows, "fact.grant_holder", f.grantHolder());
    addFact(rows, "fact.case_officer", f.caseOfficer());
    addFact(rows, "fact.fund", f.fund());
    addFact(rows, "fact.priority_axis", f.priorityAxis());
    List<String> budgets = new ArrayList<>();
    for (Report.Region region : report.regions()) {
      if (region.budget() != null) {
        budgets.add(
            msg.format(
                "fact.budget_region",
                fmt.decimal(region.budget().planned()),
                report.budgetUnit(),
                region.name()));
      }
    }
    addFact(rows, "fact.budget", budgets.isEmpty() ? null : String.join("; ", budgets));
    if (f.grantFrom() != null) {
      addFact(rows, "fact.grant_period", fmt.date(f.grantFrom()) + " – " + fmt.date(f.grantTo()));
    }
    addFact(
        rows,
        "fact.municipalities",
        f.municipalities() == null ? null : fmt.integer(f.municipalities()));
    addFact(
        rows,
        "fact.supporting_regions",
        f.supportingRegions() == null ? null : fmt.integer(f.supportingRegions()));
    addFact(rows, "fact.evaluator", report.evaluator());
    addFact(rows, "fact.date", report.date() == null ? null : fmt.date(report.date()));
    return rows;
  }

  private void addFact(List<Map<String, Object>> rows, String key, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(Model.of().put("label", msg.get(key)).put("value", value).map());
    }
  }

  private void effectChain(Model m) {
    Report.EffectChain chain = score.report().effectChain();
    m.put("caption", msg.get("figure.effect_chain"));
    m.put(
        "columns",
        List.of(
            column("activities", chain.activities()),
            column("outputs", chain.outputs()),
            column("effects", chain.effects())));
  }

  private Map<String, Object> column(String id, List<String> items) {
    return Model.of().put("id", id).put("title", msg.get("chain." + id)).put("items", items).map();
  }

  private void implementation(Model m) {
    var impl = score.implementation();
    m.put("caption", msg.get("figure.implementation"));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (var p : impl.parameters()) {
      List<Boolean> pips = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        pips.add(i <= p.score());
      }
      rows.add(
          Model.of()
              .put("id", p.id())
              .put("name", p.name())
              .put("score", fmt.integer(p.score()))
              .put("pips", pips)
              .put("meaning", p.meaning())
              .put("finding", p.finding())
              .map());
    }
    m.put("rows", rows);
    if (impl.mean() != null) {
      m.put("mean", fmt.fixed(impl.mean(), impl.mean().scale()))
          .put("badge", badges.badge(impl.light()));
    }
    if (score.report().implementation().reconstructed()) {
      m.put("note", msg.get("implementation.reconstructed"));
    }
  }

  private void overview(Model m) {
    m.put("caption", msg.get("figure.overview"));
    List<Map<String, Object>> rows = new ArrayList<>();
    var activity = score.overall().get(GoalKind.ACTIVITY);
    var output = score.overall().get(GoalKind.OUTPUT);
    rows.add(
        Model.of()
            .put("label", msg.get("overview.activity"))
            .put("value", activity.percent() == null ? "-" : fmt.percent(activity.percent()))
            .map());
    for (RegionScore region : score.regions()) {
      if (region.budget() != null) {
        rows.add(
            Model.of()
                .put("label", msg.format("overview.budget", region.region().name()))
                .put("value", fmt.share(region.budget()))
                .put("over", region.budget().outcome() == Share.Outcome.OVER)
                .map());
      }
      if (region.months() != null) {
        rows.add(
            Model.of()
                .put("label", msg.format("overview.time", region.region().name()))
                .put("value", fmt.share(region.months()))
                .put("over", region.months().outcome() == Share.Outcome.OVER)
                .map());
      }
    }
    rows.add(
        Model.of()
            .put("label", msg.get("overview.output"))
            .put("value", output.percent() == null ? "-" : fmt.percent(output.percent()))
            .put("badge", output.light() == null ? null : badges.badge(output.light()))
            .map());
    m.put("rows", rows);
  }

  private void goals(Model m, GoalKind kind, String regionId) {
    RegionScore region = region(regionId);
    String name = region.region().name();
    m.put("caption", msg.format("figure.goals." + kind.id(), name));
    m.put("goalKind", kind.id())
        .put("region", Model.of().put("id", region.region().id()).put("name", name).map());
    m.put("effect", kind == GoalKind.EFFECT);
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean anyMissing = false;
    for (RowScore row : region.rows(kind)) {
      Report.Goal goal = row.goal();
      Share share = row.share();
      anyMissing |= share.outcome() == Share.Outcome.NOT_COLLECTED;
      rows.add(
          Model.of()
              .put("id", goal.id())
              .put("label", goal.label())
              .put("target", fmt.decimal(goal.target()))
              .put(
                  "targetAfter",
                  goal.targetAfter() == null ? null : fmt.decimal(goal.targetAfter()))
              .put("status", goal.status() == null ? "-" : fmt.decimal(goal.status()))
              .put("printed", fmt.share(share))
              .put("outcome", share.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .put(
                  "outcomeLabel",
                  msg.get("outcome." + share.outcome().name().toLowerCase(Locale.ROOT)))
              .put("note", goal.note())
              .map());
    }
    m.put("rows", rows);
    m.put("note", anyMissing || kind == GoalKind.EFFECT ? msg.get("goals.note_missing") : null);
  }

  private void budget(Model m, String regionId) {
    RegionScore region = region(regionId);
    m.put("caption", msg.format("figure.budget", region.region().name()));
    m.put(
        "region",
        Model.of().put("id", region.region().id()).put("name", region.region().name()).map());
    List<Map<String, Object>> rows = new ArrayList<>();
    Report.Region r = region.region();
    if (r.budget() != null) {
      rows.add(
          usageRow(
              "budget",
              msg.format("budget.money", score.report().budgetUnit()),
              r.budget(),
              region.budget()));
    }
    if (r.months() != null) {
      rows.add(usageRow("time", msg.get("budget.months"), r.months(), region.months()));
    }
    m.put("rows", rows);
  }

  private Map<String, Object> usageRow(String id, String label, Report.Usage usage, Share share) {
    boolean over = share.outcome() == Share.Outcome.OVER;
    return Model.of()
        .put("id", id)
        .put("label", label)
        .put("planned", fmt.decimal(usage.planned()))
        .put("used", fmt.decimal(usage.used()))
        .put("printed", fmt.share(share))
        .put("over", over)
        .put("flag", over ? msg.get(id.equals("budget") ? "budget.over" : "time.over") : null)
        .map();
  }

  private void survey(Model m, String sectionId) {
    var section =
        score.survey().sections().stream()
            .filter(s -> s.section().id().equals(sectionId))
            .findFirst()
            .orElseThrow();
    Report.SurveySection s = section.section();
    m.put("caption", s.question() == null ? msg.get("figure.survey") : s.question());
    m.put("lead", s.lead())
        .put("column", s.column() == null ? msg.get("survey.count") : s.column());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (var item : section.items()) {
      rows.add(
          Model.of()
              .put("text", item.item().text())
              .put("count", fmt.integer(item.item().top2()))
              .put("n", fmt.integer(item.item().n()))
              .put("percent", fmt.percent(item.percent()))
              .map());
    }
    m.put("rows", rows);
    var survey = score.report().survey();
    m.put(
        "note",
        msg.format(
            "survey.note",
            fmt.integer(survey.answered()),
            fmt.integer(survey.sent()),
            fmt.percent(score.survey().responseRate())));
  }

  private void learning(Model m) {
    List<Map<String, Object>> points = new ArrayList<>();
    int i = 1;
    for (Report.LearningPoint p : score.report().learningPoints()) {
      points.add(
          Model.of()
              .put("label", msg.format("learning.label", String.valueOf(i++)))
              .put("title", p.title())
              .put("text", p.text())
              .map());
    }
    m.put("points", points);
  }

  private ReportScore.SectionScore section(String id) {
    return score.survey().sections().stream()
        .filter(s -> s.section().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private RegionScore region(String id) {
    return score.regions().stream()
        .filter(r -> r.region().id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
