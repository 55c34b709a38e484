package dk.evalsite.diag;

import java.nio.file.Path;

/** A place in an input file; line and column count from 1. */
public record SourcePos(Path file, int line, int column) {

  /** A position for a whole file, when no line is known (a missing file, say). */
  public static SourcePos of(Path file) {
    return new SourcePos(file, 0, 0);
  }

  public boolean hasLine() {
    return line > 0;
  }

  @Override
  public String toString() {
    return hasLine() ? file + ":" + line + ":" + column : String.valueOf(file);
  }
}
