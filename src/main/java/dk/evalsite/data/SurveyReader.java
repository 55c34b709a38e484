package dk.evalsite.data;

import dk.evalsite.data.Report.SurveyItem;
import dk.evalsite.data.Report.SurveySection;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** Survey sections and their items (top-2 counts or five-point distributions). */
record SurveyReader(Diagnostics diagnostics) {
  SurveySection section(YamlNode node, Integer answered) {
    Fields f = Fields.of(node, diagnostics, "a survey section");
    if (f == null) {
      return null;
    }
    String id = Ids.checked(f, "id", Ids.SLUG, "survey section id");
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

  /** A count written as plain digits; YAML's 0x1, 0b1 and 1_0 or an overflow are not. */
  private static Integer plainCount(String text) {
    if (!text.matches("\\d{1,9}")) {
      return null;
    }
    return Integer.valueOf(text);
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
              ? plainCount(s.text().trim())
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
