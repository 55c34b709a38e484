package dk.evalsite.render;

import dk.evalsite.charts.ChartSpec;
import dk.evalsite.charts.ChartSpec.Area;
import dk.evalsite.charts.ChartSpec.Axis;
import dk.evalsite.charts.ChartSpec.Bar;
import dk.evalsite.charts.ChartSpec.Line;
import dk.evalsite.charts.ChartSpec.Tone;
import dk.evalsite.config.BandTable;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.ReportScore.RegionScore;
import dk.evalsite.scoring.ReportScore.RowScore;
import dk.evalsite.scoring.ReportSummary;
import dk.evalsite.scoring.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chart specs of a report, in its language: values, labels and tones come from scoring and the
 * scoring rules; the text alternative is a generated sentence naming every value.
 */
final class ChartViews {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ReportScore score;
  private final ScoringRules rules;
  private final Messages msg;
  private final Formats fmt;

  ChartViews(ReportScore score, ScoringRules rules, Messages msg, Formats fmt) {
    this.score = score;
    this.rules = rules;
    this.msg = msg;
    this.fmt = fmt;
  }

  static Tone tone(Light light) {
    return light == null ? Tone.MUTED : Tone.valueOf(light.name());
  }

  private String lightWord(Light light) {
    String label = msg.get(light == null ? "light.none" : "light." + light.id());
    return label.toLowerCase(Locale.forLanguageTag(msg.language()));
  }

  /** The widest a percent axis gets: a bar beyond it is drawn broken. */
  static final int PERCENT_CAP = 200;

  /** The tick step of percent axes. */
  static final int PERCENT_TICK = 25;

  /**
   * A percent axis from 0 to 100 %, or on to the largest real ratio rounded up to a tick, at most
   * {@link #PERCENT_CAP}.
   */
  private Axis percentAxis(int largest) {
    int end = Math.max(100, Math.min(PERCENT_CAP, ceilToTick(largest)));
    return new Axis(
        BigDecimal.ZERO,
        BigDecimal.valueOf(end),
        BigDecimal.valueOf(PERCENT_TICK),
        fmt.percent(0).substring(1),
        "");
  }

  private static int ceilToTick(int value) {
    return value >= PERCENT_CAP ? PERCENT_CAP : -Math.floorDiv(-value, PERCENT_TICK) * PERCENT_TICK;
  }

  private static int largest(List<Bar> bars) {
    int largest = 0;
    for (Bar bar : bars) {
      if (bar.value() != null) {
        largest = Math.max(largest, bar.value().min(BigDecimal.valueOf(PERCENT_CAP)).intValue());
      }
    }
    return largest;
  }

  /**
   * The real ratio a bar is drawn to: the truncated percent, also over target (129 for 135 of 104);
   * beyond what an int holds, a value past any axis.
   */
  private static BigDecimal drawnPercent(Share share) {
    return BigDecimal.valueOf(share.percent() == null ? Integer.MAX_VALUE : share.percent());
  }

  ChartSpec attainment(String id, GoalKind kind, RegionScore region) {
    List<Bar> bars = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (RowScore row : region.rows(kind)) {
      Share share = row.share();
      String goal = row.goal().id();
      if (share.outcome() == Share.Outcome.NOT_COLLECTED) {
        bars.add(new Bar(goal, null, msg.get("outcome.not_collected"), Tone.MUTED));
        parts.add(msg.format("chart.row_missing", goal));
        continue;
      }
      String printed = fmt.share(share);
      String light = lightWord(row.light());
      String status = fmt.decimal(row.goal().status());
      if (row.target().signum() == 0) {
        // No ratio to draw: the row says what it is, muted, never a bar.
        bars.add(new Bar(goal, null, msg.format("chart.target_zero", status), Tone.MUTED));
      } else if (share.outcome() == Share.Outcome.OVER) {
        String counts = msg.format("chart.count_of", status, fmt.decimal(row.target()));
        bars.add(
            new Bar(
                goal,
                drawnPercent(share),
                printed + " (" + light + ") · " + counts,
                tone(row.light())));
      } else {
        bars.add(
            new Bar(
                goal,
                BigDecimal.valueOf(share.percent()),
                printed + " (" + light + ")",
                tone(row.light())));
      }
      parts.add(msg.format("chart.row", goal, status, fmt.decimal(row.target()), printed, light));
    }
    String title = msg.format("chart.attainment.title." + kind.id(), region.region().name());
    String desc = title + ": " + String.join("; ", parts) + ".";
    return new ChartSpec.Bars(
        id,
        title,
        desc,
        bars,
        percentAxis(largest(bars)),
        List.of(new Line(HUNDRED, msg.get("chart.target"))),
        List.of());
  }

  ChartSpec implementation(String id) {
    var impl = score.implementation();
    List<Bar> bars = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (var p : impl.parameters()) {
      bars.add(
          new Bar(p.name(), BigDecimal.valueOf(p.score()), fmt.integer(p.score()), Tone.NEUTRAL));
      parts.add(p.name() + " " + fmt.integer(p.score()));
    }
    ScoringRules.Implementation rules = this.rules.implementation();
    BandTable table = rules.bands();
    BigDecimal half = table.step().divide(BigDecimal.valueOf(2));
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < table.bands().size(); i++) {
      var band = table.bands().get(i);
      // Shade to the midpoints between grid steps, so adjacent bands meet on the chart.
      BigDecimal from = band.from().subtract(half).max(table.min());
      BigDecimal to = table.upper(i).add(half).min(table.max());
      areas.add(new Area(from, to, tone(band.light()), msg.get("light." + band.light().id())));
    }
    String mean = impl.mean() == null ? "-" : fmt.fixed(impl.mean(), impl.mean().scale());
    String meanLabel = msg.format("chart.mean", mean, lightWord(impl.light()));
    List<Line> lines = impl.mean() == null ? List.of() : List.of(new Line(impl.mean(), meanLabel));
    BigDecimal max = table.max();
    String title = msg.get("figure.implementation");
    String desc = msg.format("chart.implementation.desc", String.join("; ", parts), meanLabel);
    return new ChartSpec.Bars(
        id,
        title,
        desc,
        bars,
        new Axis(BigDecimal.ZERO, max, BigDecimal.ONE, "", ""),
        lines,
        areas);
  }

  ChartSpec budget(String id, RegionScore region) {
    List<Bar> bars = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    var r = region.region();
    addUsage(
        bars,
        parts,
        msg.get("chart.budget"),
        r.budget(),
        region.budget(),
        score.report().budgetUnit(),
        "budget.over");
    addUsage(
        bars,
        parts,
        msg.get("chart.time"),
        r.months(),
        region.months(),
        msg.get("chart.months"),
        "time.over");
    String title = msg.format("chart.budget.title", r.name());
    return new ChartSpec.Bars(
        id,
        title,
        title + ": " + String.join("; ", parts) + ".",
        bars,
        percentAxis(largest(bars)),
        List.of(new Line(HUNDRED, msg.get("chart.planned"))),
        List.of());
  }

  private void addUsage(
      List<Bar> bars,
      List<String> parts,
      String label,
      dk.evalsite.data.Report.Usage usage,
      Share share,
      String unit,
      String overKey) {
    if (usage == null) {
      return;
    }
    boolean over = share.outcome() == Share.Outcome.OVER;
    String printed = fmt.share(share) + (over ? " (" + msg.get(overKey) + ")" : "");
    String counts =
        msg.format("chart.count_of", fmt.decimal(usage.used()), fmt.decimal(usage.planned()))
            + " "
            + unit;
    bars.add(
        new Bar(
            label,
            over ? drawnPercent(share) : BigDecimal.valueOf(share.capped()),
            over ? printed + " · " + counts : printed,
            over ? Tone.RED : Tone.NEUTRAL));
    parts.add(
        msg.format(
            "chart.usage",
            label,
            fmt.decimal(usage.used()),
            fmt.decimal(usage.planned()),
            unit,
            printed));
  }

  ChartSpec survey(String id, ReportScore.SectionScore section) {
    List<Bar> bars = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    int i = 1;
    for (var item : section.items()) {
      String count =
          msg.format(
              "chart.count_of", fmt.integer(item.item().top2()), fmt.integer(item.item().n()));
      // The statement itself, wrapped by the drawer, as the survey table names it.
      bars.add(
          new Bar(
              item.item().text(),
              BigDecimal.valueOf(item.percent()),
              count + " (" + fmt.percent(item.percent()) + ")",
              Tone.NEUTRAL));
      parts.add(i + ". " + item.item().text() + ": " + count);
      i++;
    }
    String title =
        section.section().question() == null
            ? msg.get("figure.survey")
            : section.section().question();
    return new ChartSpec.Bars(
        id,
        title,
        title + " " + String.join("; ", parts) + ".",
        bars,
        percentAxis(largest(bars)),
        List.of(),
        List.of());
  }

  ChartSpec effectChain(String id) {
    var chain = score.report().effectChain();
    List<ChartSpec.Column> columns =
        List.of(
            new ChartSpec.Column(msg.get("chain.activities"), chain.activities()),
            new ChartSpec.Column(msg.get("chain.outputs"), chain.outputs()),
            new ChartSpec.Column(msg.get("chain.effects"), chain.effects()));
    String desc =
        msg.format(
            "chart.effect_chain.desc",
            fmt.integer(chain.activities().size()),
            fmt.integer(chain.outputs().size()),
            fmt.integer(chain.effects().size()));
    return new ChartSpec.EffectChain(id, msg.get("figure.effect_chain"), desc, columns);
  }

  /** The site index chart: how many reports have each light, per verdict. */
  static ChartSpec portfolio(List<ReportSummary> reports, Messages msg) {
    List<String> verdicts = List.of("implementation", "attainment", "effect");
    List<ChartSpec.Series> series = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    Locale locale = Locale.forLanguageTag(msg.language());
    for (Light light : Light.values()) {
      List<Integer> counts = new ArrayList<>();
      for (String verdict : verdicts) {
        counts.add((int) reports.stream().filter(r -> light == lightOf(r, verdict)).count());
      }
      series.add(
          new ChartSpec.Series(
              msg.get("light." + light.id()).toLowerCase(locale), tone(light), counts));
    }
    for (int v = 0; v < verdicts.size(); v++) {
      List<String> counted = new ArrayList<>();
      for (ChartSpec.Series s : series) {
        counted.add(s.counts().get(v) + " " + s.name());
      }
      parts.add(msg.get("verdict.short." + verdicts.get(v)) + ": " + String.join(", ", counted));
    }
    String title = msg.get("chart.portfolio.title");
    return new ChartSpec.Stacked(
        "chart-portfolio",
        title,
        msg.format(
            "chart.portfolio.desc", String.valueOf(reports.size()), String.join("; ", parts)),
        verdicts.stream().map(v -> msg.get("verdict.short." + v)).toList(),
        series);
  }

  private static Light lightOf(ReportSummary r, String verdict) {
    return switch (verdict) {
      case "implementation" -> r.implementationLight();
      case "attainment" -> r.attainmentLight();
      default -> r.effectLight();
    };
  }
}
