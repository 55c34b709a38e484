package dk.evalsite.scoring;

import dk.evalsite.config.GoalKind;
import dk.evalsite.scoring.EvaluationFigures.GoalFigures;
import dk.evalsite.scoring.EvaluationFigures.RegionFigures;
import dk.evalsite.scoring.EvaluationFigures.SurveyItemFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A final evaluation against the midterm evaluation of the same project. Regions are matched by
 * region id, goal rows by region id, goal kind and goal id, survey items by section id and text; a
 * region, goal or item found in only one of the two is kept and marked, never dropped. Changes are
 * exact: attainment in whole percentage points between the printed percentages, each capped at 100
 * as the overall attainment counts them; the implementation mean as the difference of the two
 * printed means. Pure: no I/O, no formatting.
 */
public record Comparison(
    EvaluationFigures then,
    EvaluationFigures now,
    BigDecimal implementationChange,
    Integer attainmentChange,
    List<RegionChange> regions,
    List<SurveyItemChange> surveyItems) {

  /** Where a region, goal row or survey item is found. */
  public enum Presence {
    BOTH,
    ONLY_THEN,
    ONLY_NOW
  }

  /** A region in either or both; {@code then} or {@code now} is null where it is missing. */
  public record RegionChange(
      String id,
      Presence presence,
      RegionFigures then,
      RegionFigures now,
      List<GoalChange> goals) {}

  /** A goal row; {@code points} is null unless both have a collected attainment. */
  public record GoalChange(
      GoalKind kind,
      String id,
      Presence presence,
      GoalFigures then,
      GoalFigures now,
      Integer points) {}

  /** A survey item; {@code points} is the change of its share, null unless in both. */
  public record SurveyItemChange(
      String section,
      Presence presence,
      SurveyItemFigures then,
      SurveyItemFigures now,
      Integer points) {}

  public static Comparison of(EvaluationFigures then, EvaluationFigures now) {
    BigDecimal implementation =
        then.implementationMean() == null || now.implementationMean() == null
            ? null
            : now.implementationMean().subtract(then.implementationMean());
    Integer attainment =
        then.attainmentPercent() == null || now.attainmentPercent() == null
            ? null
            : now.attainmentPercent() - then.attainmentPercent();
    return new Comparison(
        then, now, implementation, attainment, regions(then, now), surveyItems(then, now));
  }

  private static List<RegionChange> regions(EvaluationFigures then, EvaluationFigures now) {
    Map<String, RegionFigures> before = new LinkedHashMap<>();
    then.regions().forEach(r -> before.put(r.id(), r));
    List<RegionChange> out = new ArrayList<>();
    for (RegionFigures region : now.regions()) {
      RegionFigures old = before.remove(region.id());
      out.add(
          new RegionChange(
              region.id(),
              old == null ? Presence.ONLY_NOW : Presence.BOTH,
              old,
              region,
              goals(old, region)));
    }
    for (RegionFigures old : before.values()) {
      out.add(new RegionChange(old.id(), Presence.ONLY_THEN, old, null, goals(old, null)));
    }
    return List.copyOf(out);
  }

  /** Kind by kind: the final's rows in its order, then the rows only the midterm has. */
  private static List<GoalChange> goals(RegionFigures then, RegionFigures now) {
    List<GoalChange> out = new ArrayList<>();
    for (GoalKind kind : GoalKind.values()) {
      Map<String, GoalFigures> before = new LinkedHashMap<>();
      if (then != null) {
        then.goals().stream().filter(g -> g.kind() == kind).forEach(g -> before.put(g.id(), g));
      }
      if (now != null) {
        for (GoalFigures goal : now.goals()) {
          if (goal.kind() != kind) {
            continue;
          }
          GoalFigures old = before.remove(goal.id());
          out.add(
              new GoalChange(
                  kind,
                  goal.id(),
                  old == null ? Presence.ONLY_NOW : Presence.BOTH,
                  old,
                  goal,
                  old == null ? null : points(old.share(), goal.share())));
        }
      }
      for (GoalFigures old : before.values()) {
        out.add(new GoalChange(kind, old.id(), Presence.ONLY_THEN, old, null, null));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Percentage points between two printed attainments, each capped at 100; null if either is "-".
   */
  static Integer points(Share then, Share now) {
    return then.capped() == null || now.capped() == null ? null : now.capped() - then.capped();
  }

  private static List<SurveyItemChange> surveyItems(EvaluationFigures then, EvaluationFigures now) {
    if (then.survey() == null || now.survey() == null) {
      return List.of();
    }
    Map<String, SurveyItemFigures> before = new LinkedHashMap<>();
    then.survey().items().forEach(i -> before.put(i.section() + "\n" + i.text(), i));
    List<SurveyItemChange> out = new ArrayList<>();
    for (SurveyItemFigures item : now.survey().items()) {
      SurveyItemFigures old = before.remove(item.section() + "\n" + item.text());
      out.add(
          new SurveyItemChange(
              item.section(),
              old == null ? Presence.ONLY_NOW : Presence.BOTH,
              old,
              item,
              old == null ? null : item.percent() - old.percent()));
    }
    for (SurveyItemFigures old : before.values()) {
      out.add(new SurveyItemChange(old.section(), Presence.ONLY_THEN, old, null, null));
    }
    return List.copyOf(out);
  }
}
