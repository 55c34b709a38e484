package dk.evalsite.diff;

import java.util.List;

/**
 * How one report differs between two revisions. {@code status}: added, removed, changed, or broken
 * (a file missing or invalid at either revision: {@code problems} say which and why).
 */
public record ReportChange(
    String slug,
    String title,
    String file,
    Status status,
    List<Change> changes,
    List<NarrativeChange> narratives,
    List<String> problems) {

  public enum Status {
    ADDED,
    REMOVED,
    CHANGED,
    BROKEN;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean movesALight() {
    return changes.stream().anyMatch(Change::light);
  }
}
