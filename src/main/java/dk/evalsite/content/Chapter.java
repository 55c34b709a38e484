package dk.evalsite.content;

import java.util.List;
import java.util.Optional;

/**
 * The fixed chapters of the evaluation template. Each chapter after the Resumé has one optional
 * narrative file, {@code <id>.md}, in the report folder.
 */
public enum Chapter {
  RESUME("resume", "1", false),
  FACTS("facts", "2", true),
  STATUS("status", "3", true),
  IMPLEMENTATION("implementation", "4", true),
  PROGRESS("progress", "5", true),
  EFFECTS("effects", "6", true),
  LEARNING("learning", "7", true),
  APPENDIX("bilag-a", "A", false);

  private final String id;
  private final String number;
  private final boolean narrative;

  Chapter(String id, String number, boolean narrative) {
    this.id = id;
    this.number = number;
    this.narrative = narrative;
  }

  public String id() {
    return id;
  }

  /** The number the template prints ("2", ..., "A" for the appendix). */
  public String number() {
    return number;
  }

  public static List<Chapter> narrated() {
    return List.of(FACTS, STATUS, IMPLEMENTATION, PROGRESS, EFFECTS, LEARNING);
  }

  public static Optional<Chapter> byFileName(String fileName) {
    for (Chapter c : values()) {
      if (c.narrative && (c.id + ".md").equals(fileName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
