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
    return spec == null ? null : renderer.figure(spec);
  }

  /** The figure for {@code ref}; its caption gets "Figur N" when {@code number} is not null. */
  FigureView figure(FigureKind kind, FigureRef ref, Integer number) {
    String arg = kind.argument() == null ? null : ref.args().get(kind.argument());
    String id = number == null ? kind.id() + (arg == null ? "" : "-" + arg) : "figur-" + number;
    String printedNumber =
        number == null ? null : msg.format("figure.number", String.valueOf(number));
    String chart = kind.hasChart() ? chart(kind, arg, "chart-" + id) : null;
    Body body =
        switch (kind) {
          case FACTBOX ->
              new Body(msg.get("figure.factbox"), null, new FactboxContent(facts(null, null)));
          case EFFECT_CHAIN -> effectChain();
          case IMPLEMENTATION -> implementation();
          case OVERVIEW -> overview();
          case ACTIVITY -> goals(GoalKind.ACTIVITY, arg);
          case OUTPUT -> goals(GoalKind.OUTPUT, arg);
          case EFFECT -> goals(GoalKind.EFFECT, arg);
          case BUDGET -> budget(arg);
          case SURVEY -> survey(arg);
          case LEARNING_POINTS -> learning();
        };
    return new FigureView(
        kind.id(), id, printedNumber, body.caption(), chart, null, body.note(), body.content());
  }

  /** What differs by kind: caption, note and the table or list. */
  private record Body(String caption, String note, FigureContent content) {}

  /**
   * The fact box rows; on the page at {@code from} of a report that counts on the facet pages
   * ({@code counted} not null), grant holder, fund, priority axis and date link their facet page.
   */
  List<FactView> facts(String from, String counted) {
    Report report = score.report();
    Report.Facts f = report.facts();
    List<FactView> rows = new ArrayList<>();
    FacetLink link =
        (facet, key) ->
            counted == null || key == null || key.isBlank()
                ? null
                : Urls.relative(from, FacetViews.value(facet, Facets.slug(facet, key)));
    addFact(
        rows,
        "fact.grant_holder",
        f.grantHolder(),
        link.to(Facets.Facet.GRANT_HOLDER, f.grantHolder()));
    addFact(rows, "fact.case_officer", f.caseOfficer());
    addFact(rows, "fact.fund", f.fund(), link.to(Facets.Facet.FUND, f.fund()));
    addFact(
        rows,
        "fact.priority_axis",
        f.priorityAxis(),
        link.to(Facets.Facet.PRIORITY_AXIS, f.priorityAxis()));
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
    addFact(
        rows,
        "fact.date",
        report.date() == null ? null : fmt.date(report.date()),
        report.date() == null
            ? null
            : link.to(Facets.Facet.YEAR, String.valueOf(report.date().getYear())));
    return rows;
  }

  /** The link from a fact to the page of its value in a facet, or null. */
  private interface FacetLink {
    String to(Facets.Facet facet, String key);
  }

  private void addFact(List<FactView> rows, String key, String value) {
    addFact(rows, key, value, null);
  }

  private void addFact(List<FactView> rows, String key, String value, String url) {
    if (value != null && !value.isBlank()) {
      rows.add(new FactView(msg.get(key), value, url));
    }
  }

  private Body effectChain() {
    Report.EffectChain chain = score.report().effectChain();
    return new Body(
        msg.get("figure.effect_chain"),
        null,
        new EffectChainContent(
            List.of(
                column("activities", chain.activities()),
                column("outputs", chain.outputs()),
                column("effects", chain.effects()))));
  }

  private ChainColumnView column(String id, List<String> items) {
    return new ChainColumnView(id, msg.get("chain." + id), items);
  }

  private Body implementation() {
    var impl = score.implementation();
    List<ParameterRowView> rows = new ArrayList<>();
    for (var p : impl.parameters()) {
      List<Boolean> pips = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        pips.add(i <= p.score());
      }
      rows.add(
          new ParameterRowView(
              p.id(), p.name(), fmt.integer(p.score()), pips, p.meaning(), p.finding()));
    }
    String mean = impl.mean() == null ? null : fmt.fixed(impl.mean(), impl.mean().scale());
    BadgeView badge = impl.mean() == null ? null : badges.badge(impl.light());
    String note =
        score.report().implementation().reconstructed()
            ? msg.get("implementation.reconstructed")
            : null;
    return new Body(
        msg.get("figure.implementation"), note, new ImplementationContent(rows, mean, badge));
  }

  private Body overview() {
    List<OverviewRowView> rows = new ArrayList<>();
    var activity = score.overall().get(GoalKind.ACTIVITY);
    var output = score.overall().get(GoalKind.OUTPUT);
    rows.add(
        new OverviewRowView(
            msg.get("overview.activity"),
            activity.percent() == null ? "-" : fmt.percent(activity.percent()),
            false,
            null));
    for (RegionScore region : score.regions()) {
      if (region.budget() != null) {
        rows.add(
            new OverviewRowView(
                msg.format("overview.budget", region.region().name()),
                fmt.share(region.budget()),
                region.budget().outcome() == Share.Outcome.OVER,
                null));
      }
      if (region.months() != null) {
        rows.add(
            new OverviewRowView(
                msg.format("overview.time", region.region().name()),
                fmt.share(region.months()),
                region.months().outcome() == Share.Outcome.OVER,
                null));
      }
    }
    rows.add(
        new OverviewRowView(
            msg.get("overview.output"),
            output.percent() == null ? "-" : fmt.percent(output.percent()),
            false,
            output.light() == null ? null : badges.badge(output.light())));
    return new Body(msg.get("figure.overview"), null, new OverviewContent(rows));
  }

  private Body goals(GoalKind kind, String regionId) {
    RegionScore region = region(regionId);
    String name = region.region().name();
    List<GoalRowView> rows = new ArrayList<>();
    boolean anyMissing = false;
    for (RowScore row : region.rows(kind)) {
      Report.Goal goal = row.goal();
      Share share = row.share();
      anyMissing |= share.outcome() == Share.Outcome.NOT_COLLECTED;
      rows.add(
          new GoalRowView(
              goal.id(),
              goal.label(),
              fmt.decimal(goal.target()),
              goal.targetAfter() == null ? null : fmt.decimal(goal.targetAfter()),
              goal.status() == null ? "-" : fmt.decimal(goal.status()),
              fmt.share(share),
              share.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              msg.get("outcome." + share.outcome().name().toLowerCase(Locale.ROOT)),
              row.light() == null ? null : badges.badge(row.light()),
              goal.note()));
    }
    return new Body(
        msg.format("figure.goals." + kind.id(), name),
        anyMissing || kind == GoalKind.EFFECT ? msg.get("goals.note_missing") : null,
        new GoalsContent(
            kind.id(),
            new RegionRefView(region.region().id(), name),
            kind == GoalKind.EFFECT,
            rows));
  }

  private Body budget(String regionId) {
    RegionScore region = region(regionId);
    List<UsageRowView> rows = new ArrayList<>();
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
    return new Body(
        msg.format("figure.budget", r.name()),
        null,
        new BudgetContent(new RegionRefView(r.id(), r.name()), rows));
  }

  private UsageRowView usageRow(String id, String label, Report.Usage usage, Share share) {
    boolean over = share.outcome() == Share.Outcome.OVER;
    return new UsageRowView(
        id,
        label,
        fmt.decimal(usage.planned()),
        fmt.decimal(usage.used()),
        fmt.share(share),
        over,
        over ? msg.get(id.equals("budget") ? "budget.over" : "time.over") : null);
  }

  private Body survey(String sectionId) {
    var section = section(sectionId);
    Report.SurveySection s = section.section();
    List<SurveyRowView> rows = new ArrayList<>();
    for (var item : section.items()) {
      rows.add(
          new SurveyRowView(
              item.item().text(),
              fmt.integer(item.item().top2()),
              fmt.integer(item.item().n()),
              fmt.percent(item.percent())));
    }
    var survey = score.report().survey();
    String note =
        msg.format(
            "survey.note",
            fmt.integer(survey.answered()),
            fmt.integer(survey.sent()),
            fmt.percent(score.survey().responseRate()));
    return new Body(
        s.question() == null ? msg.get("figure.survey") : s.question(),
        note,
        new SurveyContent(
            s.lead(), s.column() == null ? msg.get("survey.count") : s.column(), rows));
  }

  private Body learning() {
    List<LearningPointView> points = new ArrayList<>();
    int i = 1;
    for (Report.LearningPoint p : score.report().learningPoints()) {
      points.add(
          new LearningPointView(
              msg.format("learning.label", String.valueOf(i++)), p.title(), p.text()));
    }
    return new Body(null, null, new LearningPointsContent(points));
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
