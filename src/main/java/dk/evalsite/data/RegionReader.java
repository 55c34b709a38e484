package dk.evalsite.data;

import dk.evalsite.config.GoalKind;
import dk.evalsite.data.Report.Goal;
import dk.evalsite.data.Report.Region;
import dk.evalsite.data.Report.Usage;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The regions of report.yaml: budget, time and the three goal tables of each. */
final class RegionReader {
  private final Diagnostics diagnostics;

  RegionReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  List<Region> regions(List<YamlNode> nodes) {
    List<Region> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (YamlNode node : nodes) {
      Fields f = Fields.of(node, diagnostics, "a region");
      if (f == null) {
        continue;
      }
      String id = Ids.checked(f, "id", Ids.SLUG, "region id");
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
      Fields f =
          Fields.of(
              node,
              diagnostics,
              (kind == GoalKind.OUTPUT ? "an " : "a ") + kind.id() + " goal of " + context);
      if (f == null) {
        continue;
      }
      String id = Ids.checked(f, "id", Ids.GOAL, "goal id");
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
      Report.PublishedFigure published = PublishedPercent.read(f, true);
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
      out.add(new Goal(id, label, target, after, status, note, f.pos(), published));
    }
    return List.copyOf(out);
  }
}
