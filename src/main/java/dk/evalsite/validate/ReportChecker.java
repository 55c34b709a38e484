package dk.evalsite.validate;

import dk.evalsite.config.GoalKind;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.FigureKind;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownDocument.FigureRef;
import dk.evalsite.data.Report;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.yaml.Fields;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need more than one file: a report against scoring.yaml, its narratives against
 * its data, and published figures against computed ones. Reports every problem; never changes an
 * input.
 */
public final class ReportChecker {
  private final ScoringRules rules;
  private final Diagnostics diagnostics;

  /**
   * The same checks, reporting into {@code other} (one collector per report in parallel builds).
   */
  public ReportChecker with(Diagnostics other) {
    return new ReportChecker(rules, other);
  }

  public ReportChecker(ScoringRules rules, Diagnostics diagnostics) {
    this.rules = rules;
    this.diagnostics = diagnostics;
  }

  /** Checks that must pass before a report can be scored. */
  public void checkData(Report report) {
    checkParameters(report.implementation());
    if (report.survey() != null) {
      Set<String> ids = new HashSet<>();
      for (Report.SurveySection section : report.survey().sections()) {
        if (!ids.add(section.id())) {
          diagnostics.error(
              "E-DATA-005",
              report.survey().pos(),
              "survey section id `" + section.id() + "` is used twice",
              "Give every survey section its own id.");
        }
      }
    }
    for (Report.Region region : report.regions()) {
      for (GoalKind kind : GoalKind.values()) {
        for (Report.Goal goal : region.goals(kind)) {
          checkTargetZero(report, region, kind, goal);
        }
      }
    }
    new SourceDefects(diagnostics).check(report);
  }

  private void checkParameters(Report.Implementation implementation) {
    List<String> known =
        rules.implementation().parameters().stream().map(ScoringRules.Parameter::id).toList();
    int min =
        rules.implementation().scale().stream()
            .mapToInt(ScoringRules.ScaleLevel::score)
            .min()
            .orElse(1);
    int max =
        rules.implementation().scale().stream()
            .mapToInt(ScoringRules.ScaleLevel::score)
            .max()
            .orElse(5);
    Set<String> seen = new HashSet<>();
    for (Report.ParameterScore p : implementation.parameters()) {
      if (!known.contains(p.id())) {
        diagnostics.error(
            "E-DATA-006",
            p.pos(),
            "`" + p.id() + "` is not a parameter of scoring.yaml",
            Fields.suggestion(p.id(), known)
                .map(s -> "Did you mean `" + s + "`?")
                .orElse("Use one of " + String.join(", ", known) + "."));
      } else if (!seen.add(p.id())) {
        diagnostics.error(
            "E-DATA-005",
            p.pos(),
            "parameter `" + p.id() + "` is scored twice",
            "Score each parameter once.");
      }
      if (p.score() < min || p.score() > max) {
        diagnostics.error(
            "E-DATA-004",
            p.pos(),
            "score " + p.score() + " of `" + p.id() + "` is outside the scale " + min + "–" + max,
            "Use a whole number from " + min + " to " + max + ".");
      }
    }
    for (String id : known) {
      if (!seen.contains(id)
          && implementation.parameters().stream().noneMatch(p -> p.id().equals(id))) {
        diagnostics.error(
            "E-DATA-003",
            implementation.pos(),
            "the implementation parameter `" + id + "` has no score",
            "Add `- {id: " + id + ", score: 3, finding: ...}` under implementation.parameters.");
      }
    }
  }

  private void checkTargetZero(
      Report report, Report.Region region, GoalKind kind, Report.Goal goal) {
    // The target scoring measures against: for effect goals, the one of the report's kind.
    boolean after =
        kind == GoalKind.EFFECT
            && rules.attainment().effectTarget().get(report.kind())
                == ScoringRules.EffectTarget.AFTER;
    java.math.BigDecimal target = after ? goal.targetAfter() : goal.target();
    boolean zero = target != null && target.signum() == 0;
    if (!zero || goal.status() == null) {
      return;
    }
    String where = kind.id() + " goal " + goal.id() + " of " + region.name();
    if (goal.status().signum() == 0) {
      diagnostics.warning(
          "W-SCORE-001",
          goal.pos(),
          where + " has target 0 and status 0: its attainment is undefined (printed 0 %)",
          "Set the real target, or mark the status \"-\" if it was never collected.");
    } else {
      diagnostics.warning(
          "W-SCORE-002",
          goal.pos(),
          where + " has target 0: any status prints +100 %",
          "Check that a target of 0 is intended.");
    }
  }

  /**
   * Narrative checks: directives that name no figure, region or section; chapters left unwritten.
   */
  public void checkNarratives(Report report, Path dir, Map<Chapter, MarkdownDocument> narratives) {
    Map<String, FigureRef> placed = new java.util.HashMap<>();
    for (Chapter chapter : Chapter.narrated()) {
      MarkdownDocument doc = narratives.get(chapter);
      if (doc == null && !java.nio.file.Files.exists(dir.resolve(chapter.id() + ".md"))) {
        diagnostics.warning(
            "W-CONTENT-001",
            SourcePos.of(dir.resolve(chapter.id() + ".md")),
            "chapter " + chapter.number() + " has no narrative; only its figures are shown",
            "Write " + chapter.id() + ".md in the report folder.");
        continue;
      }
      if (doc == null) {
        continue;
      }
      for (var segment : doc.segments()) {
        if (segment instanceof FigureRef ref) {
          checkFigure(report, ref);
          checkPlacedOnce(ref, placed);
        }
      }
    }
  }

  /** A figure (not a chart) placed twice would give two elements one id. */
  private void checkPlacedOnce(FigureRef ref, Map<String, FigureRef> placed) {
    if (ref.chartOnly()) {
      return;
    }
    FigureRef first = placed.putIfAbsent(ref.name() + new java.util.TreeMap<>(ref.args()), ref);
    if (first != null) {
      diagnostics.error(
          "E-MD-002",
          ref.pos(),
          "figure `"
              + ref.name()
              + "` is placed twice (first at "
              + first.pos().file().getFileName()
              + ":"
              + first.pos().line()
              + ")",
          "Place each figure once; to show a chart again elsewhere, use `{{chart ...}}`.");
    }
  }

  private void checkFigure(Report report, FigureRef ref) {
    var kind = FigureKind.byId(ref.name());
    if (kind.isEmpty()) {
      diagnostics.error(
          "E-MD-002",
          ref.pos(),
          "there is no figure called `" + ref.name() + "`",
          Fields.suggestion(ref.name(), FigureKind.ids())
              .map(s -> "Did you mean `" + s + "`?")
              .orElse("Figures: " + String.join(", ", FigureKind.ids()) + "."));
      return;
    }
    if (ref.chartOnly() && !kind.get().hasChart()) {
      diagnostics.error(
          "E-MD-002",
          ref.pos(),
          "figure `" + ref.name() + "` has no chart",
          "Use `{{figure " + ref.name() + "}}` to place it.");
    }
    String argument = kind.get().argument();
    for (String key : ref.args().keySet()) {
      if (!key.equals(argument)) {
        diagnostics.error(
            "E-MD-002",
            ref.pos(),
            "figure `" + ref.name() + "` takes no argument `" + key + "`",
            argument == null
                ? "Write it as `{{figure " + ref.name() + "}}`."
                : "It takes `" + argument + "=...`.");
      }
    }
    if (argument == null) {
      return;
    }
    String value = ref.args().get(argument);
    List<String> known =
        argument.equals("region")
            ? report.regions().stream().map(Report.Region::id).toList()
            : report.survey() == null
                ? List.of()
                : report.survey().sections().stream().map(Report.SurveySection::id).toList();
    if (value == null) {
      diagnostics.error(
          "E-MD-002",
          ref.pos(),
          "figure `" + ref.name() + "` needs `" + argument + "=...`",
          "Known: " + String.join(", ", known) + ".");
    } else if (!known.contains(value)) {
      diagnostics.error(
          "E-MD-002",
          ref.pos(),
          "the report has no " + argument + " `" + value + "`",
          Fields.suggestion(value, known)
              .map(s -> "Did you mean `" + s + "`?")
              .orElse("Known: " + String.join(", ", known) + "."));
    }
  }

  /** Published figures stored in the data must agree with the computed ones. */
  public void checkScores(ReportScore score) {
    var impl = score.implementation();
    var report = score.report();
    if (!impl.agreesWithPublished() && impl.mean() != null) {
      diagnostics.error(
          "E-SCORE-004",
          report.implementation().publishedMeanPos(),
          "the published mean "
              + impl.publishedMean().toPlainString()
              + " disagrees with the mean of the scores, "
              + impl.mean().toPlainString(),
          "Correct the scores or `published_mean`; the published figure must be reproducible.");
    }
    if (score.headline().percent() != null && score.headline().band() == null) {
      diagnostics.error(
          "E-SCORE-001",
          SourcePos.of(rules.file()),
          "overall attainment "
              + score.headline().percent()
              + " % of "
              + report.slug()
              + " falls in no band",
          "Close the gap in the " + report.kind().id() + " attainment bands.");
    }
    new PublishedFigures(diagnostics).check(score);
  }
}
