package dk.evalsite.config;

import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;

/**
 * A report's or page's {@code translation:}: the slug (or page path) of the same text in another
 * language, and where it is written. Plain fields, so an incremental build can keep it with what a
 * unit made.
 */
public record Translation(String target, String file, int line, int column) {

  public static Translation of(String target, SourcePos pos) {
    return new Translation(target, pos.file().toString(), pos.line(), pos.column());
  }

  public SourcePos pos() {
    return new SourcePos(Path.of(file), line, column);
  }
}
