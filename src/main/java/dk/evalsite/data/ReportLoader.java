package dk.evalsite.data;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.Light;
import dk.evalsite.config.Translation;
import dk.evalsite.data.Report.EffectChain;
import dk.evalsite.data.Report.EffectVerdict;
import dk.evalsite.data.Report.Facts;
import dk.evalsite.data.Report.Implementation;
import dk.evalsite.data.Report.LearningPoint;
import dk.evalsite.data.Report.ParameterScore;
import dk.evalsite.data.Report.Region;
import dk.evalsite.data.Report.Survey;
import dk.evalsite.data.Report.SurveySection;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.SchemaCheck;
import dk.evalsite.yaml.YamlNode;
import dk.evalsite.yaml.YamlReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    return load(slug, file, defaultLanguage, new YamlReader(diagnostics).read(file));
  }

  /** report.yaml as {@code text} (read from a git revision), reported as {@code file}. */
  public Optional<Report> loadText(String slug, Path file, String text, String defaultLanguage) {
    return load(slug, file, defaultLanguage, new YamlReader(diagnostics).parse(file, text, 0));
  }

  private Optional<Report> load(
      String slug, Path file, String defaultLanguage, Optional<YamlNode> root) {
    int before = diagnostics.errorCount();
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
    String translation = f.string("translation", false);
    String project = Ids.project(f);
    Boolean fictional = f.bool("fictional");
    var date = f.date("date", false);
    var updated = f.date("updated", false);
    String evaluator = f.string("evaluator", false);
    Boolean draft = f.bool("draft");
    Facts facts = facts(f.map("facts", false));
    String budgetUnit = f.string("budget_unit", false);
    List<Region> regions = new RegionReader(diagnostics).regions(f.list("regions", true));
    Implementation implementation = implementation(f.map("implementation", true));
    Fields attainment = f.map("attainment", false);
    String attainmentSummary = null;
    Report.PublishedFigure publishedAttainment = null;
    if (attainment != null) {
      attainmentSummary = attainment.string("summary", false);
      publishedAttainment = PublishedPercent.read(attainment, false);
      attainment.finish();
    }
    EffectVerdict effect = effect(f.map("effect", true));
    Survey survey = survey(f.map("survey", false));
    EffectChain chain = effectChain(f.map("effect_chain", false));
    List<LearningPoint> learning = learningPoints(f.list("learning_points", false));
    List<Report.ChangeNote> notes = changeNotes(f.list("changes", false));
    f.finish();
    new SchemaCheck(diagnostics).check(root.get(), "report");
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
            learning,
            publishedAttainment,
            translation == null ? null : Translation.of(translation, f.pos("translation")),
            project == null ? null : Report.ProjectRef.of(project, f.pos("project")),
            Boolean.TRUE.equals(fictional),
            dk.evalsite.history.Dates.stated(date, updated),
            notes));
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

  private List<Report.ChangeNote> changeNotes(List<YamlNode> nodes) {
    List<Report.ChangeNote> out = new ArrayList<>();
    for (YamlNode node : nodes) {
      Fields f = Fields.of(node, diagnostics, "a change note");
      if (f == null) {
        continue;
      }
      var day = f.date("date", true);
      String note = f.string("note", true);
      f.finish();
      if (day != null && note != null) {
        out.add(new Report.ChangeNote(day, note));
      }
    }
    return List.copyOf(out);
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
}
