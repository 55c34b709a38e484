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
      "This folder was written by evalsite; the next build updates it (or replaces it with --clean).\n";

  private SiteWriter() {}

  /** The fingerprint of the inputs of the build that wrote {@code out}, if it recorded one. */
  static java.util.Optional<String> fingerprint(Path out) {
    try {
      Path marker = out.resolve(MARKER);
      if (!Files.isRegularFile(marker)) {
        return java.util.Optional.empty();
      }
      return Files.readAllLines(marker, StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith(INPUTS))
          .map(l -> l.substring(INPUTS.length()).trim())
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  static final String INPUTS = "inputs: ";

  private static byte[] marker(String fingerprint) {
    return (MARKER_TEXT + INPUTS + fingerprint + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Updates an output folder this build wrote before: rewrites only the files whose bytes changed
   * (each through a temporary file and a rename, so no file is ever half-written) and deletes the
   * files that are gone. Returns how many files it wrote.
   */
  static int update(Path out, List<OutputFile> files, String fingerprint) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    java.util.Set<Path> keep = new java.util.HashSet<>();
    keep.add(target.resolve(MARKER));
    int written = 0;
    for (OutputFile file : files) {
      Path path = target.resolve(file.path()).normalize();
      if (!path.startsWith(target)) {
        throw new IOException("refusing to write outside the output folder: " + file.path());
      }
      keep.add(path);
      if (Files.isRegularFile(path)
          && java.util.Arrays.equals(Files.readAllBytes(path), file.bytes())) {
        continue;
      }
      Files.createDirectories(path.getParent());
      Path tmp = path.resolveSibling("." + path.getFileName() + ".tmp");
      Files.write(tmp, file.bytes());
      Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      written++;
    }
    try (Stream<Path> walk = Files.walk(target)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isDirectory(p)) {
          if (!p.equals(target)) {
            try (Stream<Path> children = Files.list(p)) {
              if (children.findAny().isEmpty()) {
                Files.delete(p);
              }
            }
          }
        } else if (!keep.contains(p)) {
          Files.delete(p);
        }
      }
    }
    Files.write(target.resolve(MARKER), marker(fingerprint));
    return written;
  }

  public static void write(Path out, List<OutputFile> files) throws IOException {
    write(out, files, "");
  }

  static void write(Path out, List<OutputFile> files, String fingerprint) throws IOException {
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
      Files.write(fresh.resolve(MARKER), marker(fingerprint));
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
