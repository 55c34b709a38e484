package dk.evalsite.data;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.config.Translation;
import dk.evalsite.diag.SourcePos;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One evaluation report as written in reports/&lt;slug&gt;/report.yaml. Holds what the author wrote
 * and where; nothing here is computed. Optional values are null when absent; {@code translation}
 * names the same report in another language; {@code project} the project whose midterm or final
 * evaluation it is (null: none); {@code fictional} marks a made-up example.
 */
public record Report(
    String slug,
    Path file,
    String title,
    EvaluationKind kind,
    String language,
    LocalDate date,
    String evaluator,
    boolean draft,
    Facts facts,
    String budgetUnit,
    List<Region> regions,
    Implementation implementation,
    String attainmentSummary,
    EffectVerdict effect,
    Survey survey,
    EffectChain effectChain,
    List<LearningPoint> learningPoints,
    PublishedFigure publishedAttainment,
    Translation translation,
    ProjectRef project,
    boolean fictional,
    dk.evalsite.history.Dates dates,
    List<ChangeNote> changeNotes) {

  /**
   * A change note of the report's revision history (report.yaml {@code changes:}), GOV.UK style:
   * the day of the change and what it corrected or added.
   */
  public record ChangeNote(LocalDate date, String note) {}

  /** A report whose dates are its {@code date:} alone (git not asked) and without change notes. */
  public Report(
      String slug,
      Path file,
      String title,
      EvaluationKind kind,
      String language,
      LocalDate date,
      String evaluator,
      boolean draft,
      Facts facts,
      String budgetUnit,
      List<Region> regions,
      Implementation implementation,
      String attainmentSummary,
      EffectVerdict effect,
      Survey survey,
      EffectChain effectChain,
      List<LearningPoint> learningPoints,
      PublishedFigure publishedAttainment,
      Translation translation,
      ProjectRef project,
      boolean fictional) {
    this(
        slug,
        file,
        title,
        kind,
        language,
        date,
        evaluator,
        draft,
        facts,
        budgetUnit,
        regions,
        implementation,
        attainmentSummary,
        effect,
        survey,
        effectChain,
        learningPoints,
        publishedAttainment,
        translation,
        project,
        fictional,
        dk.evalsite.history.Dates.stated(date, null),
        List.of());
  }

  /** This report with its dates: first published and last changed. */
  public Report withDates(dk.evalsite.history.Dates newDates) {
    return new Report(
        slug,
        file,
        title,
        kind,
        language,
        date,
        evaluator,
        draft,
        facts,
        budgetUnit,
        regions,
        implementation,
        attainmentSummary,
        effect,
        survey,
        effectChain,
        learningPoints,
        publishedAttainment,
        translation,
        project,
        fictional,
        newDates,
        changeNotes);
  }

  /** A report without a published overall attainment or a translation. */
  public Report(
      String slug,
      Path file,
      String title,
      EvaluationKind kind,
      String language,
      LocalDate date,
      String evaluator,
      boolean draft,
      Facts facts,
      String budgetUnit,
      List<Region> regions,
      Implementation implementation,
      String attainmentSummary,
      EffectVerdict effect,
      Survey survey,
      EffectChain effectChain,
      List<LearningPoint> learningPoints) {
    this(
        slug,
        file,
        title,
        kind,
        language,
        date,
        evaluator,
        draft,
        facts,
        budgetUnit,
        regions,
        implementation,
        attainmentSummary,
        effect,
        survey,
        effectChain,
        learningPoints,
        null,
        null,
        null,
        false);
  }

  /**
   * A figure as the source publication prints it ("58", "+100", "-"), kept so the build can check
   * it against the computed one; {@code pos} is where the data states it.
   */
  public record PublishedFigure(String printed, SourcePos pos) {}

  /**
   * The project a report evaluates ({@code project:}): its midterm and final evaluations name the
   * same id. Plain fields, so an incremental build can keep it with what a unit made.
   */
  public record ProjectRef(String id, String file, int line, int column) {
    public static ProjectRef of(String id, SourcePos pos) {
      return new ProjectRef(id, pos.file().toString(), pos.line(), pos.column());
    }

    public SourcePos pos() {
      return new SourcePos(Path.of(file), line, column);
    }
  }

  public record Facts(
      String grantHolder,
      String caseOfficer,
      String fund,
      String priorityAxis,
      LocalDate grantFrom,
      LocalDate grantTo,
      Integer municipalities,
      Integer supportingRegions) {}

  public record Region(
      String id,
      String name,
      SourcePos pos,
      Usage budget,
      Usage months,
      Map<GoalKind, List<Goal>> goals) {

    public List<Goal> goals(GoalKind kind) {
      return goals.getOrDefault(kind, List.of());
    }
  }

  /** Planned against used: budget (in the report's unit) or time (months). */
  public record Usage(BigDecimal planned, BigDecimal used, SourcePos pos) {}

  /**
   * A goal row. {@code target} is the only target of activity and output goals and the
   * during-project target of effect goals; {@code targetAfter} is set for effect goals only. {@code
   * status} null means "not collected yet", printed "-".
   */
  public record Goal(
      String id,
      String label,
      BigDecimal target,
      BigDecimal targetAfter,
      BigDecimal status,
      String note,
      SourcePos pos,
      PublishedFigure publishedPercent) {

    /** A goal row without a published percentage. */
    public Goal(
        String id,
        String label,
        BigDecimal target,
        BigDecimal targetAfter,
        BigDecimal status,
        String note,
        SourcePos pos) {
      this(id, label, target, targetAfter, status, note, pos, null);
    }
  }

  public record Implementation(
      boolean reconstructed,
      BigDecimal publishedMean,
      SourcePos publishedMeanPos,
      String summary,
      List<ParameterScore> parameters,
      SourcePos pos) {}

  public record ParameterScore(String id, int score, String finding, SourcePos pos) {}

  /** The evaluator's effect light; judged, not computed. */
  public record EffectVerdict(Light light, boolean reconstructed, String justification) {}

  public record Survey(int sent, int answered, List<SurveySection> sections, SourcePos pos) {}

  public record SurveySection(
      String id, String question, String lead, String column, List<SurveyItem> items) {}

  /**
   * A survey item: the count of the two most positive answers out of {@code n}. With a five-point
   * distribution (most negative first), {@code top2} is its last two counts.
   */
  public record SurveyItem(
      String text, int top2, int n, List<Integer> distribution, SourcePos pos) {}

  public record EffectChain(List<String> activities, List<String> outputs, List<String> effects) {
    public boolean isEmpty() {
      return activities.isEmpty() && outputs.isEmpty() && effects.isEmpty();
    }
  }

  public record LearningPoint(String title, String text) {}
}
