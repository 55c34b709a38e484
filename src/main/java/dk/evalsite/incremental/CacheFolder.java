package dk.evalsite.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder beside an output folder where builds keep their cache and their lock. */
public final class CacheFolder {
  private CacheFolder() {}

  /** Makes {@code dir} if needed, a folder that git ignores (as pytest's cache does). */
  public static void prepare(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path ignore = dir.resolve(".gitignore");
    if (!Files.exists(ignore)) {
      Files.writeString(ignore, "# evalsite's build cache: safe to delete, never to commit.\n*\n");
    }
  }
}
