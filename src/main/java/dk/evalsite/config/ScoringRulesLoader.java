package dk.evalsite.config;

import dk.evalsite.config.ScoringRules.EffectTarget;
import dk.evalsite.config.ScoringRules.LightMeaning;
import dk.evalsite.config.ScoringRules.Parameter;
import dk.evalsite.config.ScoringRules.ScaleLevel;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.SchemaCheck;
import dk.evalsite.yaml.YamlNode;
import dk.evalsite.yaml.YamlReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks scoring.yaml, including every band table. */
public final class ScoringRulesLoader {
  private static final List<String> TARGETS = List.of("during", "after");

  private final Diagnostics diagnostics;

  public ScoringRulesLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public Optional<ScoringRules> load(Path file) {
    return load(file, new YamlReader(diagnostics).read(file));
  }

  /** scoring.yaml as {@code text} (read from a git revision), reported as {@code file}. */
  public Optional<ScoringRules> loadText(Path file, String text) {
    return load(file, new YamlReader(diagnostics).parse(file, text, 0));
  }

  private Optional<ScoringRules> load(Path file, Optional<YamlNode> root) {
    int before = diagnostics.errorCount();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Fields f = Fields.of(root.get(), diagnostics, "scoring.yaml");
    if (f == null) {
      return Optional.empty();
    }
    ScoringRules.Implementation implementation = implementation(f.map("implementation", true));
    ScoringRules.Attainment attainment = attainment(f.map("attainment", true));
    List<LightMeaning> effect = effect(f.map("effect", true));
    f.finish();
    new SchemaCheck(diagnostics).check(root.get(), "scoring");
    if (diagnostics.errorCount() > before || implementation == null || attainment == null) {
      return Optional.empty();
    }
    return Optional.of(new ScoringRules(file, implementation, attainment, effect));
  }

  private ScoringRules.Implementation implementation(Fields f) {
    if (f == null) {
      return null;
    }
    List<Parameter> parameters = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlNode item : f.list("parameters", true)) {
      Fields p = Fields.of(item, diagnostics, "an implementation parameter");
      if (p == null) {
        continue;
      }
      String id = p.string("id", true);
      LocalText name = text(p, "name", true);
      p.finish();
      if (id != null && !ids.add(id)) {
        diagnostics.error(
            "E-DATA-005",
            p.pos("id"),
            "parameter id `" + id + "` is used twice",
            "Give every parameter its own id.");
      }
      if (id != null && name != null) {
        parameters.add(new Parameter(id, name));
      }
    }
    List<ScaleLevel> scale = new ArrayList<>();
    for (YamlNode item : f.list("scale", true)) {
      Fields s = Fields.of(item, diagnostics, "a scale level");
      if (s == null) {
        continue;
      }
      Integer score = s.integer("score", true);
      LocalText meaning = text(s, "meaning", true);
      s.finish();
      if (score != null && meaning != null) {
        scale.add(new ScaleLevel(score, meaning));
      }
    }
    scale.sort((a, b) -> Integer.compare(b.score(), a.score()));
    Integer decimals = f.integer("mean_decimals", false);
    int meanDecimals = decimals == null ? 1 : decimals;
    if (meanDecimals < 0 || meanDecimals > 3) {
      diagnostics.error(
          "E-DATA-004",
          f.pos("mean_decimals"),
          "`mean_decimals` must be 0 to 3",
          "Use 1, as the template does (3,3).");
      meanDecimals = 1;
    }
    List<YamlNode> bandNodes = f.list("bands", true);
    f.finish();
    if (scale.isEmpty()) {
      return null;
    }
    BigDecimal step = BigDecimal.ONE.movePointLeft(meanDecimals);
    BigDecimal min = BigDecimal.valueOf(scale.get(scale.size() - 1).score()).setScale(meanDecimals);
    BigDecimal max = BigDecimal.valueOf(scale.get(0).score()).setScale(meanDecimals);
    BandTable table = new BandTable(bands(bandNodes, false), step, min, max);
    new BandTableChecker(diagnostics)
        .check(table, f.pos("bands"), "implementation bands", v -> v.toPlainString());
    return new ScoringRules.Implementation(
        List.copyOf(parameters), List.copyOf(scale), meanDecimals, table);
  }

  private ScoringRules.Attainment attainment(Fields f) {
    if (f == null) {
      return null;
    }
    String from = f.choice("overall_from", false, GoalKind.NAMES);
    GoalKind overallFrom = from == null ? GoalKind.OUTPUT : GoalKind.fromId(from);
    Map<EvaluationKind, BandTable> tables = new EnumMap<>(EvaluationKind.class);
    Fields bands = f.map("bands", true);
    if (bands != null) {
      for (EvaluationKind kind : EvaluationKind.values()) {
        List<YamlNode> nodes = bands.list(kind.id(), true);
        BandTable table = new BandTable(bands(nodes, true), BigDecimal.ONE, BigDecimal.ZERO, null);
        new BandTableChecker(diagnostics)
            .check(
                table,
                bands.pos(kind.id()),
                kind.id() + " attainment bands",
                v -> v.toPlainString() + " %");
        tables.put(kind, table);
      }
      bands.finish();
    }
    Map<EvaluationKind, EffectTarget> targets = new EnumMap<>(EvaluationKind.class);
    targets.put(EvaluationKind.MIDTERM, EffectTarget.DURING);
    targets.put(EvaluationKind.FINAL, EffectTarget.AFTER);
    Fields effectTarget = f.map("effect_target", false);
    if (effectTarget != null) {
      for (EvaluationKind kind : EvaluationKind.values()) {
        String t = effectTarget.choice(kind.id(), false, TARGETS);
        if (t != null) {
          targets.put(kind, EffectTarget.valueOf(t.toUpperCase(Locale.ROOT)));
        }
      }
      effectTarget.finish();
    }
    f.finish();
    return tables.size() == EvaluationKind.values().length
        ? new ScoringRules.Attainment(overallFrom, tables, targets)
        : null;
  }

  private List<Band> bands(List<YamlNode> nodes, boolean meaningRequired) {
    List<Band> out = new ArrayList<>();
    for (YamlNode node : nodes) {
      Fields b = Fields.of(node, diagnostics, "a band");
      if (b == null) {
        continue;
      }
      String light = b.choice("light", true, Light.NAMES);
      BigDecimal from = b.decimal("from", true);
      BigDecimal to = b.decimal("to", false);
      LocalText meaning = text(b, "meaning", meaningRequired);
      b.finish();
      if (light != null && from != null) {
        out.add(new Band(Light.fromId(light), from, to, meaning, b.pos()));
      }
    }
    return out;
  }

  private List<LightMeaning> effect(Fields f) {
    List<LightMeaning> out = new ArrayList<>();
    if (f == null) {
      return out;
    }
    Set<Light> seen = new HashSet<>();
    for (YamlNode node : f.list("lights", true)) {
      Fields l = Fields.of(node, diagnostics, "an effect light");
      if (l == null) {
        continue;
      }
      String light = l.choice("light", true, Light.NAMES);
      LocalText meaning = text(l, "meaning", true);
      l.finish();
      if (light != null && !seen.add(Light.fromId(light))) {
        diagnostics.error(
            "E-DATA-005",
            l.pos("light"),
            "the effect light `" + light + "` is described twice",
            "Describe each light once.");
      } else if (light != null && meaning != null) {
        out.add(new LightMeaning(Light.fromId(light), meaning));
      }
    }
    f.finish();
    return List.copyOf(out);
  }

  private LocalText text(Fields f, String key, boolean required) {
    return LocalTexts.read(f, key, required, diagnostics);
  }
}
