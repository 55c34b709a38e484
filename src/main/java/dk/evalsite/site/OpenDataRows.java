package dk.evalsite.site;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.render.Formats;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report's rows of the portfolio's open data: one row for data/reports.* and one per goal row for
 * data/goals.*. Every cell is text, numbers written as the data states them ("45.5", never binary
 * floating point); null is an empty cell. Kept in the unit's record, so an unchanged report need
 * not be loaded to write them, and text survives the cache unchanged.
 */
record OpenDataRows(
    List<String> report,
    @JsonSerialize(converter = JoinedRows.class) @JsonDeserialize(converter = SplitRows.class)
        List<List<String>> goals) {

  /** Columns holding numbers, written as numbers in JSON. */
  static final java.util.Set<String> NUMBERS =
      java.util.Set.of(
          "implementation_mean",
          "attainment_percent",
          "effect_goals_met",
          "effect_goals_collected",
          "target",
          "target_after",
          "status");

  static final List<String> REPORT_COLUMNS =
      List.of(
          "slug",
          "title",
          "language",
          "translation",
          "kind",
          "project",
          "date",
          "published",
          "updated",
          "evaluator",
          "grant_holder",
          "fund",
          "priority_axis",
          "grant_from",
          "grant_to",
          "implementation_mean",
          "implementation_light",
          "attainment_goals",
          "attainment_percent",
          "attainment_light",
          "effect_light",
          "effect_goals_met",
          "effect_goals_collected",
          "page");

  static final List<String> GOAL_COLUMNS =
      List.of(
          "report",
          "language",
          "region",
          "region_name",
          "goal_kind",
          "goal",
          "label",
          "target",
          "target_after",
          "status",
          "printed",
          "outcome",
          "light");

  static OpenDataRows of(ReportScore score, String translation) {
    var r = score.report();
    var facts = r.facts();
    var impl = score.implementation();
    var headline = score.headline();
    List<String> report =
        cells(
            r.slug(),
            r.title(),
            r.language(),
            translation,
            r.kind().id(),
            r.project() == null ? null : r.project().id(),
            r.date() == null ? null : r.date().toString(),
            r.dates().published() == null ? null : r.dates().published().toString(),
            r.dates().updated() == null ? null : r.dates().updated().toString(),
            r.evaluator(),
            facts == null ? null : facts.grantHolder(),
            facts == null ? null : facts.fund(),
            facts == null ? null : facts.priorityAxis(),
            facts == null || facts.grantFrom() == null ? null : facts.grantFrom().toString(),
            facts == null || facts.grantTo() == null ? null : facts.grantTo().toString(),
            impl.mean(),
            light(impl.light()),
            headline.kind().id(),
            headline.percent(),
            light(headline.light()),
            light(r.effect().light()),
            score.effectEvidence().met(),
            score.effectEvidence().collected(),
            "reports/" + r.slug() + "/");
    Formats fmt = new Formats(r.language());
    List<List<String>> goals = new ArrayList<>();
    for (var region : score.regions()) {
      for (GoalKind kind : GoalKind.values()) {
        for (var row : region.rows(kind)) {
          var goal = row.goal();
          Share share = row.share();
          goals.add(
              cells(
                  r.slug(),
                  r.language(),
                  region.region().id(),
                  region.region().name(),
                  kind.id(),
                  goal.id(),
                  goal.label(),
                  goal.target(),
                  goal.targetAfter(),
                  goal.status(),
                  fmt.share(share),
                  share.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                  light(row.light())));
        }
      }
    }
    return new OpenDataRows(report, goals);
  }

  private static String light(Light light) {
    return light == null ? null : light.id();
  }

  /** Values as cells: decimals as written (never in exponent form), null as null. */
  private static List<String> cells(Object... values) {
    List<String> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * Appends the goal rows as {@link JoinedRows} writes them: what they are, for a checksum, without
   * splitting the rows of a report kept from the last build.
   */
  void appendGoals(StringBuilder out) {
    out.append(JoinedRows.join(goals));
  }

  /**
   * The goal rows in the build cache as one string: cells ended by U+001F, rows by U+001E, a null
   * cell as U+0000. A thousand reports have 300,000 cells; read back one by one, they would be a
   * quarter of reading the cache, while a build that changes no row never needs them apart. YAML
   * refuses these control characters, so no cell holds one.
   */
  static final class JoinedRows extends StdConverter<List<List<String>>, String> {
    @Override
    public String convert(List<List<String>> rows) {
      return join(rows);
    }

    static String join(List<List<String>> rows) {
      if (rows instanceof JoinedRowList kept) {
        return kept.joined; // kept from the last build: as it was read
      }
      StringBuilder out = new StringBuilder();
      for (List<String> row : rows) {
        for (String cell : row) {
          if (cell != null && (cell.indexOf('\u001f') >= 0 || cell.indexOf('\u001e') >= 0)) {
            throw new IllegalArgumentException("a cell with a control character: " + cell);
          }
          out.append(cell == null ? "\u0000" : cell).append('\u001f');
        }
        out.append('\u001e');
      }
      return out.toString();
    }
  }

  /** The goal rows again from {@link JoinedRows}' string, split only when they are read. */
  static final class SplitRows extends StdConverter<String, List<List<String>>> {
    @Override
    public List<List<String>> convert(String joined) {
      return new JoinedRowList(joined);
    }
  }

  /** Rows kept joined until one is read. */
  static final class JoinedRowList extends java.util.AbstractList<List<String>> {
    private final String joined;
    private volatile List<List<String>> split;

    JoinedRowList(String joined) {
      this.joined = joined;
    }

    @Override
    public List<String> get(int index) {
      return rows().get(index);
    }

    @Override
    public int size() {
      return rows().size();
    }

    private List<List<String>> rows() {
      List<List<String>> rows = split;
      if (rows == null) {
        rows = new ArrayList<>();
        int start = 0;
        for (int end = joined.indexOf('\u001e'); end >= 0; end = joined.indexOf('\u001e', start)) {
          List<String> row = new ArrayList<>();
          int cell = start;
          for (int stop = joined.indexOf('\u001f', cell);
              stop >= 0 && stop < end;
              stop = joined.indexOf('\u001f', cell)) {
            String text = joined.substring(cell, stop);
            row.add(text.equals("\u0000") ? null : text);
            cell = stop + 1;
          }
          rows.add(java.util.Collections.unmodifiableList(row));
          start = end + 1;
        }
        split = rows = java.util.Collections.unmodifiableList(rows);
      }
      return rows;
    }
  }
}
