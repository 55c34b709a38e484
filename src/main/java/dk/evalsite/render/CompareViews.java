package dk.evalsite.render;

import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.scoring.Comparison;
import dk.evalsite.scoring.Comparison.Presence;
import dk.evalsite.scoring.EvaluationFigures;
import dk.evalsite.scoring.EvaluationFigures.UsageFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison of a final evaluation with its project's midterm, formatted in the final's
 * language. Computes nothing itself: {@link Comparison} matches the rows and takes the differences;
 * this class only prints them ("+34 pct.-point", "−0,3", "31,7 af 31,3: +100 %").
 */
final class CompareViews {
  private final Messages msg;
  private final Formats fmt;
  private final Badges badges;

  CompareViews(Messages msg, Formats fmt, Badges badges) {
    this.msg = msg;
    this.fmt = fmt;
    this.badges = badges;
  }

  /** The comparison, with the midterm's landing page at {@code midtermUrl}. */
  CompareView view(Comparison c, String midtermUrl) {
    EvaluationFigures then = c.then();
    EvaluationFigures now = c.now();
    String otherLang = then.language().equals(msg.language()) ? null : then.language();
    String when =
        then.date() == null ? then.title() : fmt.date(java.time.LocalDate.parse(then.date()));
    List<CompareTableView> tables = new ArrayList<>();
    for (var region : c.regions()) {
      var named = region.now() != null ? region.now() : region.then();
      for (GoalKind kind : GoalKind.values()) {
        List<CompareRowView> rows = new ArrayList<>();
        for (var goal : region.goals()) {
          if (goal.kind() == kind) {
            rows.add(goalRow(goal, otherLang));
          }
        }
        if (!rows.isEmpty()) {
          String caption =
              msg.format("compare.goals", msg.get("goals.head." + kind.id()), named.name());
          if (region.presence() != Presence.BOTH) {
            caption += " (" + presenceNote(region.presence()) + ")";
          }
          tables.add(
              new CompareTableView(
                  "compare-" + region.id() + "-" + kind.id(),
                  caption,
                  msg.get("goals.head." + kind.id()),
                  rows));
        }
      }
    }
    List<CompareRowView> usage = new ArrayList<>();
    for (var region : c.regions()) {
      var named = region.now() != null ? region.now() : region.then();
      String unit = now.budgetUnit().isEmpty() ? then.budgetUnit() : now.budgetUnit();
      usage.add(
          usageRow(
              region.id() + "-budget",
              msg.format("compare.budget.row", named.name(), unit),
              region.presence(),
              "compare.budget.change",
              unit,
              region.then() == null ? null : region.then().budget(),
              region.now() == null ? null : region.now().budget()));
      usage.add(
          usageRow(
              region.id() + "-months",
              msg.format("compare.months.row", named.name()),
              region.presence(),
              "compare.months.change",
              unit,
              region.then() == null ? null : region.then().months(),
              region.now() == null ? null : region.now().months()));
    }
    usage.removeIf(r -> r == null);
    if (!usage.isEmpty()) {
      tables.add(
          new CompareTableView(
              "compare-budget", msg.get("compare.budget"), msg.get("compare.usage"), usage));
    }
    if (then.survey() != null && now.survey() != null) {
      tables.add(surveyTable(c));
    }
    return new CompareView(
        msg.get("compare.title"),
        msg.format("compare.lead", when),
        then.title(),
        midtermUrl,
        otherLang,
        msg.get("kind.midterm"),
        msg.get("kind.final"),
        msg.get("compare.change"),
        verdicts(c),
        tables);
  }

  private CompareTableView verdicts(Comparison c) {
    EvaluationFigures then = c.then();
    EvaluationFigures now = c.now();
    List<CompareRowView> rows = new ArrayList<>();
    rows.add(
        verdictRow(
            "implementation",
            msg.get("verdict.implementation"),
            mean(then.implementationMean()),
            then.implementationLight(),
            mean(now.implementationMean()),
            now.implementationLight(),
            c.implementationChange() == null
                ? dash()
                : sign(c.implementationChange().signum())
                    + fmt.fixed(c.implementationChange().abs(), c.implementationChange().scale())));
    rows.add(
        verdictRow(
            "attainment",
            msg.get("verdict.attainment"),
            percent(then.attainmentPercent()),
            then.attainmentLight(),
            percent(now.attainmentPercent()),
            now.attainmentLight(),
            points(c.attainmentChange())));
    rows.add(
        verdictRow(
            "effect",
            msg.get("verdict.effect"),
            evidence(then),
            then.effectLight(),
            evidence(now),
            now.effectLight(),
            dash()));
    return new CompareTableView(
        "compare-verdicts", msg.get("compare.verdicts"), msg.get("compare.verdict"), rows);
  }

  private CompareRowView verdictRow(
      String id,
      String label,
      String then,
      Light thenLight,
      String now,
      Light nowLight,
      String change) {
    return new CompareRowView(
        id,
        null,
        label,
        null,
        then,
        badges.badge(thenLight),
        now,
        badges.badge(nowLight),
        change,
        "both",
        null);
  }

  private CompareRowView goalRow(Comparison.GoalChange goal, String otherLang) {
    var shown = goal.now() != null ? goal.now() : goal.then();
    boolean fromThen = goal.now() == null;
    return new CompareRowView(
        goal.id(),
        goal.id(),
        shown.label(),
        fromThen ? otherLang : null,
        goal.then() == null ? msg.get("compare.absent") : fmt.share(goal.then().share()),
        goal.then() == null || goal.then().light() == null
            ? null
            : badges.badge(goal.then().light()),
        goal.now() == null ? msg.get("compare.absent") : fmt.share(goal.now().share()),
        goal.now() == null || goal.now().light() == null ? null : badges.badge(goal.now().light()),
        goal.presence() == Presence.BOTH ? points(goal.points()) : presenceNote(goal.presence()),
        presence(goal.presence()),
        goal.presence() == Presence.BOTH ? null : presenceNote(goal.presence()));
  }

  private CompareRowView usageRow(
      String id,
      String label,
      Presence presence,
      String changeKey,
      String unit,
      UsageFigures then,
      UsageFigures now) {
    if (then == null && now == null) {
      return null;
    }
    String change =
        then != null && now != null
            ? msg.format(changeKey, signed(now.used().subtract(then.used())), unit)
            : presence != Presence.BOTH ? presenceNote(presence) : dash();
    return new CompareRowView(
        id,
        null,
        label,
        null,
        usage(then),
        null,
        usage(now),
        null,
        change,
        presence(presence),
        presence == Presence.BOTH ? null : presenceNote(presence));
  }

  private String usage(UsageFigures u) {
    return u == null
        ? msg.get("compare.absent")
        : msg.format(
            "compare.usage.value",
            fmt.decimal(u.used()),
            fmt.decimal(u.planned()),
            fmt.share(u.share()));
  }

  private CompareTableView surveyTable(Comparison c) {
    var then = c.then().survey();
    var now = c.now().survey();
    List<CompareRowView> rows = new ArrayList<>();
    rows.add(
        new CompareRowView(
            "response-rate",
            null,
            msg.get("compare.survey.response"),
            null,
            count(then.responseRate(), then.answered(), then.sent()),
            null,
            count(now.responseRate(), now.answered(), now.sent()),
            null,
            points(now.responseRate() - then.responseRate()),
            "both",
            null));
    String otherLang = c.then().language().equals(msg.language()) ? null : c.then().language();
    int number = 0;
    for (var item : c.surveyItems()) {
      var shown = item.now() != null ? item.now() : item.then();
      rows.add(
          new CompareRowView(
              "item-" + ++number,
              null,
              shown.text(),
              item.now() == null ? otherLang : null,
              item.then() == null
                  ? msg.get("compare.absent")
                  : count(item.then().percent(), item.then().top2(), item.then().n()),
              null,
              item.now() == null
                  ? msg.get("compare.absent")
                  : count(item.now().percent(), item.now().top2(), item.now().n()),
              null,
              item.presence() == Presence.BOTH
                  ? points(item.points())
                  : presenceNote(item.presence()),
              presence(item.presence()),
              item.presence() == Presence.BOTH ? null : presenceNote(item.presence())));
    }
    return new CompareTableView(
        "compare-survey", msg.get("compare.survey"), msg.get("compare.survey.item"), rows);
  }

  private String count(int percent, int count, int n) {
    return msg.format("compare.count", fmt.percent(percent), fmt.integer(count), fmt.integer(n));
  }

  private String evidence(EvaluationFigures f) {
    return f.effectGoalsCollected() == 0
        ? dash()
        : msg.format(
            "compare.effect.value",
            fmt.integer(f.effectGoalsMet()),
            fmt.integer(f.effectGoalsCollected()));
  }

  private String mean(BigDecimal mean) {
    return mean == null ? dash() : fmt.fixed(mean, mean.scale());
  }

  private String percent(Integer percent) {
    return percent == null ? dash() : fmt.percent(percent);
  }

  /** A change in percentage points: "+34 pct.-point", "−5 pct.-point", "0 pct.-point". */
  private String points(Integer points) {
    return points == null
        ? dash()
        : msg.format(
            "compare.points", sign(Integer.signum(points)) + fmt.integer(Math.abs(points)));
  }

  /** A decimal change with its sign: "+0,4", "−0,3", "0". */
  private String signed(BigDecimal change) {
    return sign(change.signum()) + fmt.decimal(change.abs());
  }

  private static String sign(int signum) {
    return signum > 0 ? "+" : signum < 0 ? "\u2212" : "";
  }

  private String dash() {
    return "–";
  }

  private String presenceNote(Presence presence) {
    return switch (presence) {
      case ONLY_THEN -> msg.get("compare.only_then");
      case ONLY_NOW -> msg.get("compare.only_now");
      case BOTH -> "";
    };
  }

  private static String presence(Presence presence) {
    return presence.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
