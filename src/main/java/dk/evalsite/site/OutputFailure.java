package dk.evalsite.site;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing the site failed (a full disk, a folder without write permission): names the file and what
 * was being done to it, which the JDK's own message often does not ("No space left on device"). The
 * previous site is left as it was.
 */
public final class OutputFailure extends IOException {
  private final transient Path file;

  OutputFailure(String operation, Path file, IOException cause) {
    super(
        "cannot "
            + operation
            + " "
            + file
            + ": "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
        cause);
    this.file = file;
  }

  /** The file or folder the operation failed on. */
  public Path file() {
    return file;
  }
}
