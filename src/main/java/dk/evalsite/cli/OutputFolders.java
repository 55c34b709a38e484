package dk.evalsite.cli;

import java.nio.file.Path;

/** Refuses output folders that a build would damage: the content itself, /, the home folder. */
final class OutputFolders {
  private OutputFolders() {}

  /** Why {@code out} must not be used, or null when it is fine. */
  static String refusal(Path source, Path out) {
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
    return null;
  }
}
