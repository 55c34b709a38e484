package dk.evalsite.data;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.data.Report.EffectChain;
import dk.evalsite.data.Report.EffectVerdict;
import dk.evalsite.data.Report.Facts;
import dk.evalsite.data.Report.Goal;
import dk.evalsite.data.Report.Implementation;
import dk.evalsite.data.Report.LearningPoint;
import dk.evalsite.data.Report.ParameterScore;
import dk.evalsite.data.Report.Region;
import dk.evalsite.data.Report.Survey;
import dk.evalsite.data.Report.SurveyItem;
import dk.evalsite.data.Report.SurveySection;
import dk.evalsite.data.Report.Usage;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.YamlNode;
import dk.evalsite.yaml.YamlReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads report.yaml into a {@link Report}, reporting every unknown key, wrong type, missing field,
 * negative number and duplicate id with its position. Computes nothing.
 */
public final class ReportLoader {
  private final Diagnostics diagnostics;

  public ReportLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Loads the report of folder {@code slug}; empty when it has errors. */
  public Optional<Report> load(String slug, Path file, String defaultLanguage) {
    int before = diagnostics.errorCount();
    Optional<YamlNode> root = new YamlReader(diagnostics).read(file);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Fields f = Fields.of(root.get(), diagnostics, "report.yaml");
    if (f == null) {
      return Optional.empty();
    }
    String title = f.string("title", true);
    String kind = f.choice("kind", true, EvaluationKind.NAMES);
    String language = f.choice("language", false, dk.evalsite.config.SiteConfig.LANGUAGES);
    var date = f.date("date", false);
    String evaluator = f.string("evaluator", false);
    Boolean draft = f.bool("draft");
    Facts facts = facts(f.map("facts", false));
    String budgetUnit = f.string("budget_unit", false);
    List<Region> regions = regions(f.list("regions", true));
    Implementation implementation = implementation(f.map("implementation", true));
    Fields attainment = f.map("attainment", false);
    String attainmentSummary = null;
    if (attainment != null) {
      attainmentSummary = attainment.string("summary", false);
      attainment.finish();
    }
    EffectVerdict effect = effect(f.map("effect", true));
    Survey survey = survey(f.map("survey", false));
    EffectChain chain = effectChain(f.map("effect_chain", false));
    List<LearningPoint> learning = learningPoints(f.list("learning_points", false));
    f.finish();
    if (diagnostics.errorCount() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Report(
            slug,
            file,
            title,
            EvaluationKind.fromId(kind),
            language == null ? defaultLanguage : language,
            date,
            evaluator,
            Boolean.TRUE.equals(draft),
            facts,
            budgetUnit == null ? "" : budgetUnit,
            regions,
            implementation,
            attainmentSummary,
            effect,
            survey,
            chain,
            learning));
  }

  private Facts facts(Fields f) {
    if (f == null) {
      return new Facts(null, null, null, null, null, null, null, null);
    }
    String holder = f.string("grant_holder", false);
    String officer = f.string("case_officer", false);
    String fund = f.string("fund", false);
    String axis = f.string("priority_axis", false);
    Fields period = f.map("grant_period", false);
    java.time.LocalDate from = null;
    java.time.LocalDate to = null;
    if (period != null) {
      from = period.date("from", true);
      to = period.date("to", true);
      period.finish();
      if (from != null && to != null && to.isBefore(from)) {
        diagnostics.error(
            "E-DATA-004",
            period.pos("to"),
            "the grant period ends before it begins",
            "Swap `from` and `to`.");
      }
    }
    Integer municipalities = nonNegative(f, "municipalities");
    Integer regions = nonNegative(f, "supporting_regions");
    f.finish();
    return new Facts(holder, officer, fund, axis, from, to, municipalities, regions);
  }

  private Integer nonNegative(Fields f, String key) {
    Integer value = f.integer(key, false);
    if (value != null && value < 0) {
      diagnostics.error(
          "E-DATA-004",
          f.pos(key),
          "`" + key + "` of " + f.context() + " is negative",
          "Counts are 0 or more.");
      return null;
    }
    return value;
  }

  private List<Region> regions(List<YamlNode> nodes) {
    List<Region> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (YamlNode node : nodes) {
      Fields f = Fields.of(node, diagnostics, "a region");
      if (f == null) {
        continue;
      }
      String id = Ids.checked(f, "id", Ids.SLUG, "a region id");
      String name = f.string("name", true);
      Fields r = f;
      String context = "region " + (id == null ? "?" : id);
      Usage budget = usage(f.map("budget", false), "total", "spent", context);
      Usage months = usage(f.map("months", false), "planned", "used", context);
      Map<GoalKind, List<Goal>> goals = new EnumMap<>(GoalKind.class);
      for (GoalKind kind : GoalKind.values()) {
        goals.put(kind, goals(r.list(kind.id() + "_goals", false), kind, context));
      }
      f.finish();
      if (id != null) {
        Integer first = ids.putIfAbsent(id, f.pos().line());
        if (first != null) {
          diagnostics.error(
              "E-DATA-005",
              f.pos("id"),
              "region id `" + id + "` is used twice (also line " + first + ")",
              "Give every region its own id.");
        }
      }
      if (id != null && name != null) {
        out.add(new Region(id, name, f.pos(), budget, months, goals));
      }
    }
    return List.copyOf(out);
  }

  private Usage usage(Fields f, String plannedKey, String usedKey, String context) {
    if (f == null) {
      return null;
    }
    BigDecimal planned = Numbers.nonNegative(f, plannedKey, true);
    BigDecimal used = Numbers.nonNegative(f, usedKey, true);
    f.finish();
    return planned == null || used == null ? null : new Usage(planned, used, f.pos());
  }

  private List<Goal> goals(List<YamlNode> nodes, GoalKind kind, String context) {
    List<Goal> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (YamlNode node : nodes) {
      Fields f = Fields.of(node, diagnostics, "a " + kind.id() + " goal of " + context);
      if (f == null) {
        continue;
      }
      String id = Ids.checked(f, "id", Ids.GOAL, "a goal id");
      String label = f.string("label", true);
      BigDecimal target;
      BigDecimal after = null;
      if (kind == GoalKind.EFFECT) {
        target = Numbers.nonNegative(f, "target_during", true);
        after = Numbers.nonNegative(f, "target_after", true);
      } else {
        target = Numbers.nonNegative(f, "target", true);
      }
      BigDecimal status = Numbers.status(f);
      String note = f.string("note", false);
      f.finish();
      if (id != null) {
        Integer first = ids.putIfAbsent(id, f.pos().line());
        if (first != null) {
          diagnostics.error(
              "E-DATA-005",
              f.pos("id"),
              "goal id `"
                  + id
                  + "` appears twice in the "
                  + kind.id()
                  + " goals of "
                  + context
                  + " (also line "
                  + first
                  + ")",
              "Give every goal of a table its own id.");
        }
      }
      out.add(new Goal(id, label, target, after, status, note, f.pos()));
    }
    return List.copyOf(out);
  }

  private Implementation implementation(Fields f) {
    if (f == null) {
      return null;
    }
    Boolean reconstructed = f.bool("reconstructed");
    BigDecimal published = f.decimal("published_mean", false);
    String summary = f.string("summary", false);
    List<ParameterScore> scores = new ArrayList<>();
    for (YamlNode node : f.list("parameters", true)) {
      Fields p = Fields.of(node, diagnostics, "an implementation parameter");
      if (p == null) {
        continue;
      }
      String id = p.string("id", true);
      Integer score = p.integer("score", true);
      String finding = p.string("finding", false);
      p.finish();
      if (id != null && score != null) {
        scores.add(new ParameterScore(id, score, finding, p.pos()));
      }
    }
    f.finish();
    return new Implementation(
        Boolean.TRUE.equals(reconstructed),
        published,
        f.pos("published_mean"),
        summary,
        List.copyOf(scores),
        f.pos());
  }

  private EffectVerdict effect(Fields f) {
    if (f == null) {
      return null;
    }
    String light = f.choice("light", true, Light.NAMES);
    Boolean reconstructed = f.bool("reconstructed");
    String justification = f.string("justification", false);
    f.finish();
    return light == null
        ? null
        : new EffectVerdict(Light.fromId(light), Boolean.TRUE.equals(reconstructed), justification);
  }

  private Survey survey(Fields f) {
    if (f == null) {
      return null;
    }
    Integer sent = f.integer("sent", true);
    Integer answered = f.integer("answered", true);
    if (sent != null && answered != null && (answered < 0 || sent < 1 || answered > sent)) {
      diagnostics.error(
          "E-DATA-004",
          f.pos("answered"),
          "the survey was answered by " + answered + " of " + sent,
          "`answered` must lie between 0 and `sent`, and `sent` must be at least 1.");
    }
    List<SurveySection> sections = new ArrayList<>();
    for (YamlNode node : f.list("sections", true)) {
      SurveySection section = new SurveyReader(diagnostics).section(node, answered);
      if (section != null) {
        sections.add(section);
      }
    }
    f.finish();
    return sent == null || answered == null
        ? null
        : new Survey(sent, answered, List.copyOf(sections), f.pos());
  }

  private EffectChain effectChain(Fields f) {
    if (f == null) {
      return new EffectChain(List.of(), List.of(), List.of());
    }
    EffectChain chain =
        new EffectChain(
            f.strings("activities", true), f.strings("outputs", true), f.strings("effects", true));
    f.finish();
    return chain;
  }

  private List<LearningPoint> learningPoints(List<YamlNode> nodes) {
    List<LearningPoint> out = new ArrayList<>();
    for (YamlNode node : nodes) {
      Fields f = Fields.of(node, diagnostics, "a learning point");
      if (f == null) {
        continue;
      }
      String title = f.string("title", true);
      String text = f.string("text", false);
      f.finish();
      if (title != null) {
        out.add(new LearningPoint(title, text == null ? "" : text));
      }
    }
    return List.copyOf(out);
  }

  /** Survey sections and items, kept apart to keep the loader small. */
  private record SurveyReader(Diagnostics diagnostics) {
    SurveySection section(YamlNode node, Integer answered) {
      Fields f = Fields.of(node, diagnostics, "a survey section");
      if (f == null) {
        return null;
      }
      String id = Ids.checked(f, "id", Ids.SLUG, "a survey section id");
      String question = f.string("question", false);
      String lead = f.string("lead", false);
      String column = f.string("column", false);
      List<SurveyItem> items = new ArrayList<>();
      for (YamlNode itemNode : f.list("items", true)) {
        SurveyItem item = item(itemNode, answered);
        if (item != null) {
          items.add(item);
        }
      }
      f.finish();
      return id == null ? null : new SurveySection(id, question, lead, column, List.copyOf(items));
    }

    private SurveyItem item(YamlNode node, Integer answered) {
      Fields f = Fields.of(node, diagnostics, "a survey item");
      if (f == null) {
        return null;
      }
      String text = f.string("text", true);
      Integer top2 = f.integer("top2", false);
      Integer n = f.integer("n", false);
      List<Integer> distribution = new ArrayList<>();
      boolean hasDistribution = f.has("distribution");
      for (YamlNode count : f.list("distribution", false)) {
        Integer value =
            count instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.ScalarKind.INT
                ? Integer.valueOf(s.text().trim())
                : null;
        if (value == null || value < 0) {
          diagnostics.error(
              "E-DATA-002",
              count.pos(),
              "each count of a five-point distribution must be a whole number ≥ 0",
              "Write five counts, most negative answer first, e.g. [0, 1, 0, 2, 3].");
        } else {
          distribution.add(value);
        }
      }
      f.finish();
      int total = n != null ? n : answered == null ? 0 : answered;
      if (hasDistribution && top2 != null) {
        diagnostics.error(
            "E-DATA-007",
            f.pos("top2"),
            "a survey item gives both `top2` and `distribution`",
            "Keep one: the distribution already holds the top-2 count.");
        return null;
      }
      if (hasDistribution) {
        if (distribution.size() != 5) {
          diagnostics.error(
              "E-DATA-004",
              f.pos("distribution"),
              "a five-point distribution needs 5 counts, not " + distribution.size(),
              "Write five counts, most negative answer first.");
          return null;
        }
        top2 = distribution.get(3) + distribution.get(4);
        int sum = distribution.stream().mapToInt(Integer::intValue).sum();
        if (n == null) {
          total = sum;
        }
      } else if (top2 == null) {
        diagnostics.error(
            "E-DATA-003",
            f.pos(),
            "a survey item needs `top2` (a count) or `distribution`",
            "Add `top2: 5` for five respondents giving one of the two most positive answers.");
        return null;
      }
      if (top2 < 0 || top2 > total) {
        diagnostics.error(
            "E-DATA-004",
            f.pos(hasDistribution ? "distribution" : "top2"),
            "the top-2 count " + top2 + " is not between 0 and the " + total + " respondents",
            "Check the count against `answered` (or the item's `n`).");
        return null;
      }
      return text == null
          ? null
          : new SurveyItem(text, top2, total, List.copyOf(distribution), f.pos());
    }
  }
}
