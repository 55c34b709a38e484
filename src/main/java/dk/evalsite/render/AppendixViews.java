package dk.evalsite.render;

import dk.evalsite.config.Band;
import dk.evalsite.config.BandTable;
import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.ScoringRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Bilag A "Sådan scorer vi", generated from scoring.yaml so the published method is always the one
 * that computed the lights.
 */
final class AppendixViews {
  private final ScoringRules rules;
  private final Messages msg;
  private final Formats fmt;
  private final Badges badges;

  AppendixViews(ScoringRules rules, Messages msg, Formats fmt, Badges badges) {
    this.rules = rules;
    this.msg = msg;
    this.fmt = fmt;
    this.badges = badges;
  }

  AppendixView view() {
    var impl = rules.implementation();
    List<ScaleLevelView> scale = new ArrayList<>();
    for (var level : impl.scale()) {
      scale.add(new ScaleLevelView(fmt.integer(level.score()), level.meaning().in(msg.language())));
    }
    Function<BigDecimal, String> mean = v -> fmt.fixed(v, impl.meanDecimals());
    List<BandRangeView> implBands = new ArrayList<>();
    BandTable table = impl.bands();
    for (int i = 0; i < table.bands().size(); i++) {
      Band band = table.bands().get(i);
      implBands.add(
          new BandRangeView(
              badges.badge(band.light()), BandRanges.range(band.from(), table.upper(i), mean, "")));
    }
    List<String> parameters =
        impl.parameters().stream().map(p -> p.name().in(msg.language())).toList();
    String meanRule =
        msg.format(
            "appendix.mean_rule",
            fmt.integer(impl.parameters().size()),
            fmt.integer(impl.meanDecimals()));
    String attainmentRule =
        msg.format(
            "appendix.attainment_rule",
            msg.get("goals.plural." + rules.attainment().overallFrom().id()));
    String effectTargetRule =
        msg.format(
            "appendix.effect_target_rule",
            msg.get(
                "appendix.target."
                    + rules
                        .attainment()
                        .effectTarget()
                        .get(EvaluationKind.FINAL)
                        .name()
                        .toLowerCase(java.util.Locale.ROOT)),
            msg.get(
                "appendix.target."
                    + rules
                        .attainment()
                        .effectTarget()
                        .get(EvaluationKind.MIDTERM)
                        .name()
                        .toLowerCase(java.util.Locale.ROOT)));
    List<EffectLightView> effect = new ArrayList<>();
    for (var light : rules.effectLights()) {
      effect.add(
          new EffectLightView(badges.badge(light.light()), light.meaning().in(msg.language())));
    }
    return new AppendixView(
        meanRule,
        parameters,
        scale,
        implBands,
        attainmentRule,
        effectTargetRule,
        attainmentBands(),
        effect);
  }

  /** A band's meaning in this appendix's language; null when the band has none. */
  private String meaning(Band band) {
    return band.meaning() == null ? null : band.meaning().in(msg.language());
  }

  /** One row per band: light, meaning and the range for each evaluation kind, aligned by rank. */
  private List<AttainmentBandView> attainmentBands() {
    BandTable fin = rules.attainment().bands().get(EvaluationKind.FINAL);
    BandTable mid = rules.attainment().bands().get(EvaluationKind.MIDTERM);
    Function<BigDecimal, String> pct = v -> fmt.percent(v.intValueExact());
    List<AttainmentBandView> rows = new ArrayList<>();
    int count = Math.max(fin.bands().size(), mid.bands().size());
    for (int i = 0; i < count; i++) {
      Band f = i < fin.bands().size() ? fin.bands().get(i) : null;
      Band m = i < mid.bands().size() ? mid.bands().get(i) : null;
      Band any = f != null ? f : m;
      boolean aligned =
          f != null
              && m != null
              && f.light() == m.light()
              && java.util.Objects.equals(meaning(f), meaning(m));
      rows.add(
          new AttainmentBandView(
              badges.badge(any.light()),
              aligned || m == null
                  ? meaning(any)
                  : f == null ? meaning(m) : meaning(f) + " / " + meaning(m),
              f == null ? "" : BandRanges.range(f.from(), fin.upper(i), pct, "+"),
              m == null ? "" : BandRanges.range(m.from(), mid.upper(i), pct, "+")));
    }
    return rows;
  }
}
