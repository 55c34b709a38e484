package dk.evalsite.diff;

import java.time.Instant;
import java.util.List;

/**
 * One published revision of a report: the commit, when it was made, whether it first published the
 * report, and the printed figures and narratives it changed.
 */
public record RevisionEntry(
    String commit,
    Instant time,
    boolean first,
    List<Change> changes,
    List<NarrativeChange> narratives) {

  public RevisionEntry {
    changes = List.copyOf(changes);
    narratives = List.copyOf(narratives);
  }
}
