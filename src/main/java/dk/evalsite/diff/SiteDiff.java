package dk.evalsite.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * What changed between two revisions of a site, report by report: every printed figure that differs
 * (old → new), reports added and removed, narratives changed (lines added and removed), and reports
 * that cannot be compared because a file is missing or invalid. Reports with no change are left
 * out.
 */
public record SiteDiff(String from, String to, List<ReportChange> reports) {

  public static SiteDiff of(Revision old, Revision now) {
    List<ReportChange> out = new ArrayList<>();
    TreeSet<String> slugs = new TreeSet<>(old.reports().keySet());
    slugs.addAll(now.reports().keySet());
    for (String slug : slugs) {
      ReportFigures a = old.reports().get(slug);
      ReportFigures b = now.reports().get(slug);
      ReportChange change = compare(slug, a, b);
      if (change != null) {
        out.add(change);
      }
    }
    return new SiteDiff(old.name(), now.name(), List.copyOf(out));
  }

  private static ReportChange compare(String slug, ReportFigures a, ReportFigures b) {
    ReportFigures shown = b != null ? b : a;
    String file = shown.file();
    List<NarrativeChange> narratives =
        narratives(a == null ? Map.of() : a.narratives(), b == null ? Map.of() : b.narratives());
    if ((a != null && a.broken()) || (b != null && b.broken())) {
      List<String> problems = new ArrayList<>();
      if (a != null) {
        problems.addAll(a.problems());
      }
      if (b != null) {
        problems.addAll(b.problems());
      }
      return new ReportChange(
          slug, shown.title(), file, ReportChange.Status.BROKEN, List.of(), narratives, problems);
    }
    List<Change> changes =
        figures(a == null ? List.of() : a.figures(), b == null ? List.of() : b.figures());
    ReportChange.Status status =
        a == null
            ? ReportChange.Status.ADDED
            : b == null ? ReportChange.Status.REMOVED : ReportChange.Status.CHANGED;
    if (status == ReportChange.Status.CHANGED && changes.isEmpty() && narratives.isEmpty()) {
      return null;
    }
    return new ReportChange(slug, shown.title(), file, status, changes, narratives, List.of());
  }

  /**
   * The figures that differ, in the newer revision's reading order, then those it no longer has.
   */
  static List<Change> figures(List<Figure> old, List<Figure> now) {
    Map<String, Figure> before = new LinkedHashMap<>();
    old.forEach(f -> before.put(f.key(), f));
    List<Change> out = new ArrayList<>();
    for (Figure f : now) {
      Figure was = before.remove(f.key());
      String oldText = was == null ? null : was.printed();
      if (!Objects.equals(oldText, f.printed())) {
        out.add(
            new Change(f.goal(), f.region(), f.field(), oldText, f.printed(), f.light(), f.line()));
      }
    }
    for (Figure f : before.values()) {
      out.add(new Change(f.goal(), f.region(), f.field(), f.printed(), null, f.light(), 0));
    }
    return out;
  }

  static List<NarrativeChange> narratives(Map<String, String> old, Map<String, String> now) {
    TreeSet<String> files = new TreeSet<>(old.keySet());
    files.addAll(now.keySet());
    List<NarrativeChange> out = new ArrayList<>();
    for (String file : files) {
      String a = old.getOrDefault(file, "");
      String b = now.getOrDefault(file, "");
      if (a.equals(b)) {
        continue;
      }
      EditList edits =
          new HistogramDiff()
              .diff(
                  RawTextComparator.DEFAULT,
                  new RawText(a.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                  new RawText(b.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      int added = 0;
      int removed = 0;
      for (var e : edits) {
        added += e.getLengthB();
        removed += e.getLengthA();
      }
      out.add(new NarrativeChange(file, added, removed));
    }
    return out;
  }

  public boolean movesALight() {
    return reports.stream().anyMatch(ReportChange::movesALight);
  }

  public boolean changesAFigure() {
    return reports.stream().anyMatch(r -> !r.changes().isEmpty());
  }
}
