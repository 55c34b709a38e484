package dk.evalsite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.evalsite.diff.Change;
import dk.evalsite.diff.NarrativeChange;
import dk.evalsite.diff.ReportChange;
import dk.evalsite.diff.SiteDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prints a {@link SiteDiff} as text, a pull-request comment, JSON or GitHub annotations. */
final class DiffPrinter {
  /** The output formats of {@code evalsite diff}. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON,
    GITHUB
  }

  private static final Pattern PERCENT = Pattern.compile("^([+]?)(\\d+) ?%$");

  private final PrintWriter out;
  private final Path source;

  DiffPrinter(PrintWriter out, Path source) {
    this.out = out;
    this.source = source;
  }

  void print(SiteDiff diff, Format format) {
    switch (format) {
      case TEXT -> text(diff);
      case MARKDOWN -> markdown(diff);
      case JSON -> json(diff);
      case GITHUB -> github(diff);
    }
    out.flush();
  }

  private void text(SiteDiff diff) {
    out.println("Figures of " + source + ": " + diff.from() + " → " + diff.to());
    if (diff.reports().isEmpty()) {
      out.println("No report changed.");
      return;
    }
    for (ReportChange r : diff.reports()) {
      out.println();
      out.println(r.slug() + " (" + r.title() + "): " + r.status().id());
      for (Change c : r.changes()) {
        out.println(
            "  "
                + c.label()
                + ": "
                + shown(c.old())
                + " → "
                + shown(c.now())
                + (c.light() ? "  [light moved]" : ""));
      }
      for (NarrativeChange n : r.narratives()) {
        out.println("  narrative " + n.file() + ": +" + n.added() + " −" + n.removed() + " lines");
      }
      r.problems().forEach(p -> out.println("  " + p));
    }
    out.println();
    out.println(summary(diff));
  }

  private void markdown(SiteDiff diff) {
    out.println("### evalsite: figures changed from `" + diff.from() + "` to `" + diff.to() + "`");
    out.println();
    if (diff.reports().isEmpty()) {
      out.println("No published figure, light or narrative changed.");
      return;
    }
    out.println(summary(diff));
    for (ReportChange r : diff.reports()) {
      out.println();
      out.println("#### " + cell(r.title()) + " (`" + r.slug() + "`): " + r.status().id());
      out.println();
      if (!r.changes().isEmpty()) {
        out.println("| figure | old | new | change |");
        out.println("|---|---|---|---|");
        for (Change c : r.changes()) {
          out.println(
              "| "
                  + cell(c.label())
                  + " | "
                  + cell(shown(c.old()))
                  + " | "
                  + cell(shown(c.now()))
                  + " | "
                  + change(c)
                  + " |");
        }
        out.println();
      }
      if (!r.narratives().isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (NarrativeChange n : r.narratives()) {
          parts.add("`" + n.file() + "` +" + n.added() + " −" + n.removed());
        }
        out.println("Narratives changed (lines): " + String.join(", ", parts) + ".");
        out.println();
      }
      for (String p : r.problems()) {
        out.println("- :x: " + cell(p));
      }
    }
  }

  private void json(SiteDiff diff) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("from", diff.from());
    root.put("to", diff.to());
    List<Object> reports = new ArrayList<>();
    for (ReportChange r : diff.reports()) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("slug", r.slug());
      report.put("title", r.title());
      report.put("status", r.status().id());
      report.put("file", source.resolve(r.file()).toString().replace('\\', '/'));
      List<Object> changes = new ArrayList<>();
      for (Change c : r.changes()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goal", c.goal());
        m.put("region", c.region());
        m.put("field", c.field());
        m.put("old", c.old());
        m.put("new", c.now());
        m.put("light", c.light());
        changes.add(m);
      }
      report.put("changes", changes);
      List<Object> narratives = new ArrayList<>();
      for (NarrativeChange n : r.narratives()) {
        narratives.add(Map.of("file", n.file(), "added", n.added(), "removed", n.removed()));
      }
      report.put("narratives", narratives);
      report.put("problems", r.problems());
      reports.add(report);
    }
    root.put("reports", reports);
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void github(SiteDiff diff) {
    for (ReportChange r : diff.reports()) {
      String file = GithubPrinter.property(source.resolve(r.file()).toString().replace('\\', '/'));
      for (Change c : r.changes()) {
        if (c.light()) {
          out.println(
              "::warning file="
                  + file
                  + (c.line() > 0 ? ",line=" + c.line() : "")
                  + ",title=Light moved::"
                  + GithubPrinter.data(
                      r.slug()
                          + ": "
                          + c.label()
                          + ": "
                          + shown(c.old())
                          + " → "
                          + shown(c.now())));
        }
      }
      for (String p : r.problems()) {
        out.println("::error file=" + file + ",title=Cannot compare::" + GithubPrinter.data(p));
      }
    }
    out.println(summary(diff));
  }

  private static String summary(SiteDiff diff) {
    long lights =
        diff.reports().stream().flatMap(r -> r.changes().stream()).filter(Change::light).count();
    long figures = diff.reports().stream().mapToLong(r -> r.changes().size()).sum();
    return diff.reports().size()
        + " report"
        + (diff.reports().size() == 1 ? "" : "s")
        + " changed: "
        + figures
        + " figure"
        + (figures == 1 ? "" : "s")
        + ", "
        + lights
        + " light"
        + (lights == 1 ? "" : "s")
        + " moved.";
  }

  /** The change column: points for two percentages, a flag for a light. */
  private static String change(Change c) {
    if (c.light()) {
      return "**light moved**";
    }
    if (c.old() == null) {
      return "new";
    }
    if (c.now() == null) {
      return "removed";
    }
    Matcher a = PERCENT.matcher(c.old());
    Matcher b = PERCENT.matcher(c.now());
    if (a.matches() && b.matches() && a.group(1).isEmpty() && b.group(1).isEmpty()) {
      int delta = Integer.parseInt(b.group(2)) - Integer.parseInt(a.group(2));
      return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + Math.abs(delta) + " pp";
    }
    return "changed";
  }

  private static String shown(String printed) {
    return printed == null ? "—" : printed;
  }

  /** Text in a Markdown table cell: no pipe or line break can break the table. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
