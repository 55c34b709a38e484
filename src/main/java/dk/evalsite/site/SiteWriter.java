package dk.evalsite.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The only code that writes output. Writes the whole site into a fresh folder beside the target and
 * swaps it in at the end, so a failed build leaves the previous site untouched.
 */
public final class SiteWriter {
  /**
   * Written into every output folder, so a later build knows the folder is evalsite's to replace
   * and refuses to replace any other non-empty folder.
   */
  public static final String MARKER = ".evalsite-output";

  static final String MARKER_TEXT =
      "This folder was written by evalsite and is replaced whole by the next build.\n";

  private SiteWriter() {}

  public static void write(Path out, List<OutputFile> files) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    readableByAll(fresh);
    try {
      for (OutputFile file : files) {
        Path path = fresh.resolve(file.path()).normalize();
        if (!path.startsWith(fresh)) {
          throw new IOException("refusing to write outside the output folder: " + file.path());
        }
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }
      Files.write(fresh.resolve(MARKER), MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
      swap(fresh, target);
    } catch (IOException | RuntimeException e) {
      deleteTree(fresh);
      throw e;
    }
  }

  private static void swap(Path fresh, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(old);
  }

  /**
   * Temporary folders are created private (rwx------); a published site must be readable by the web
   * server, like any folder made with mkdir.
   */
  private static void readableByAll(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
