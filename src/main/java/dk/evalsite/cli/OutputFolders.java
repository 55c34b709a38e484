package dk.evalsite.cli;

import dk.evalsite.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output folders that a build would damage: the content itself or a folder holding it, the
 * filesystem root, the home folder, a file, and a non-empty folder evalsite did not write (unless
 * forced).
 */
final class OutputFolders {
  private OutputFolders() {}

  /** Why {@code out} must not be used, or null when it is fine. */
  static String refusal(Path source, Path out, boolean force) {
    Path o = out.toAbsolutePath().normalize();
    Path s = source.toAbsolutePath().normalize();
    if (o.getParent() == null) {
      return "refusing to write the site to the filesystem root "
          + o
          + "; choose a folder with --out.";
    }
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
    if (o.equals(home)) {
      return "refusing to replace your home folder " + o + "; choose a folder with --out.";
    }
    if (o.startsWith(s)) {
      return "the output folder "
          + out
          + " is inside the content folder "
          + source
          + "; the build would replace your content. Choose another --out.";
    }
    if (s.startsWith(o)) {
      return "the output folder "
          + out
          + " contains the content folder "
          + source
          + "; the build would replace your content. Choose another --out.";
    }
    if (Files.exists(o) && !Files.isDirectory(o)) {
      return "the output " + out + " is a file, not a folder; choose a folder with --out.";
    }
    if (!force && isForeign(o)) {
      return "the output folder "
          + out
          + " is not empty and was not written by evalsite; the build would replace everything "
          + "in it. Choose another --out, or pass --force to replace it.";
    }
    return null;
  }

  /** A non-empty folder without evalsite's marker. */
  private static boolean isForeign(Path dir) {
    if (!Files.isDirectory(dir) || Files.isRegularFile(dir.resolve(SiteWriter.MARKER))) {
      return false;
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.findAny().isPresent();
    } catch (IOException e) {
      return true;
    }
  }
}
