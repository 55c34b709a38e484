package dk.evalsite.site;

import dk.evalsite.incremental.Checksum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The only code that writes output, as the build renders it. Nothing it writes is visible in the
 * output folder before {@link #commit}: a first or clean build writes a fresh folder beside the
 * target and swaps it in; an update writes the files whose bytes changed into a staging folder
 * beside the target and moves them in. A failed build calls {@link #abort} and leaves the previous
 * site untouched.
 */
public final class SiteWriter implements OutputSink, AutoCloseable {
  /**
   * Written into every output folder, so a later build knows the folder is evalsite's to replace
   * and refuses to replace any other non-empty folder.
   */
  public static final String MARKER = ".evalsite-output";

  static final String MARKER_TEXT =
      "This folder was written by evalsite; the next build updates it (or replaces it with --clean).\n";

  static final String INPUTS = "inputs: ";

  private final Path target;
  private final Path stage;
  private final boolean fresh;
  private final Map<String, String> previous;
  private final Map<String, BasicFileAttributes> present;
  private final FileTime lastWritten;
  private final Set<String> taken = ConcurrentHashMap.newKeySet();
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
  private final AtomicInteger written = new AtomicInteger();
  private boolean done;

  private SiteWriter(Path out, boolean fresh, Map<String, String> previous, FileTime lastWritten)
      throws IOException {
    this.target = out.toAbsolutePath().normalize();
    this.fresh = fresh;
    this.previous = previous;
    this.lastWritten = lastWritten;
    Files.createDirectories(target.getParent());
    String kind = fresh ? ".new-" : ".stage-";
    this.stage = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + kind);
    readableByAll(stage);
    this.present = fresh ? Map.of() : listing(target);
  }

  /** Writes a whole new site into a fresh folder, swapped in by {@link #commit}. */
  static SiteWriter fresh(Path out) throws IOException {
    return new SiteWriter(out, true, Map.of(), null);
  }

  /**
   * Updates a folder an earlier build wrote, whose files had the checksums in {@code previous}:
   * only files whose bytes differ (or that are missing) are written. A file modified after {@code
   * lastWritten} (when that build finished; null when unknown) is read to tell whether somebody
   * changed its bytes in place.
   */
  static SiteWriter update(Path out, Map<String, String> previous, FileTime lastWritten)
      throws IOException {
    return new SiteWriter(out, false, previous, lastWritten);
  }

  @Override
  public String put(OutputFile file) {
    String hash = Checksum.of(file.bytes());
    boolean unchanged =
        !fresh && hash.equals(previous.get(file.path())) && holds(file.path(), hash);
    if (unchanged || !taken.add(file.path())) {
      return hash; // unchanged on disk, or a second page linking the same image
    }
    try {
      Path path = stage.resolve(file.path()).normalize();
      if (!path.startsWith(stage) || path.equals(stage)) {
        throw new IOException("refusing to write outside the output folder: " + file.path());
      }
      // Each folder is made once; a second thread waits until it exists.
      folders.computeIfAbsent(path.getParent(), SiteWriter::createFolder);
      Files.write(path, file.bytes());
      written.incrementAndGet();
      return hash;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Boolean createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
      return Boolean.TRUE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the file is there with the bytes the checksum describes: by size, and by content when
   * it was modified after the last build finished (an edit in place that keeps the size is noticed
   * too; reading only those files keeps an incremental build of 10,000 pages from reading them
   * all).
   */
  @Override
  public boolean holds(String path, String checksum) {
    BasicFileAttributes file = present.get(path);
    if (file == null || file.size() != Checksum.length(checksum)) {
      return false;
    }
    if (lastWritten != null && file.lastModifiedTime().compareTo(lastWritten) < 0) {
      return true;
    }
    try {
      return Checksum.of(Files.readAllBytes(target.resolve(path))).equals(checksum);
    } catch (IOException e) {
      return false;
    }
  }

  /** How many files this build wrote (an update skips files whose bytes are unchanged). */
  int written() {
    return written.get();
  }

  /**
   * Makes the site visible: {@code keep} is every file of the new site; files of the old one not in
   * it are deleted. {@code fingerprint} goes into the marker for the next build.
   */
  void commit(Set<String> keep, String fingerprint) throws IOException {
    done = true;
    try {
      if (fresh) {
        Files.write(stage.resolve(MARKER), marker(fingerprint));
        swap(stage, target);
        return;
      }
      // Until the new marker is written, the folder is neither the old build nor the new one:
      // a crash in between must not let a later build call it up to date.
      Files.write(target.resolve(MARKER), marker(""));
      moveStagedIn();
      boolean deleted = false;
      for (String path : present.keySet()) {
        if (!keep.contains(path) && !path.equals(MARKER)) {
          Files.deleteIfExists(target.resolve(path));
          deleted = true;
        }
      }
      if (deleted) {
        deleteEmptyFolders(target);
      }
      Files.write(target.resolve(MARKER), marker(fingerprint));
    } finally {
      deleteTree(stage);
    }
  }

  /** Each staged file replaces its old self by a rename: no reader ever sees half a file. */
  private void moveStagedIn() throws IOException {
    try (Stream<Path> walk = Files.walk(stage)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        Path to = target.resolve(stage.relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.move(p, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Throws away everything this build wrote; the output folder stays as it was. */
  void abort() throws IOException {
    done = true;
    deleteTree(stage);
  }

  @Override
  public void close() throws IOException {
    if (!done) {
      abort();
    }
  }

  /** The fingerprint of the inputs of the build that wrote {@code out}, if it recorded one. */
  static Optional<String> fingerprint(Path out) {
    try {
      Path marker = out.resolve(MARKER);
      if (!Files.isRegularFile(marker)) {
        return Optional.empty();
      }
      return Files.readAllLines(marker, StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith(INPUTS))
          .map(l -> l.substring(INPUTS.length()).trim())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static byte[] marker(String fingerprint) {
    return (MARKER_TEXT + INPUTS + fingerprint + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Writes {@code files} as a whole new site into {@code out}, all or nothing. */
  public static void write(Path out, List<OutputFile> files) throws IOException {
    try (SiteWriter writer = fresh(out)) {
      Set<String> keep = new java.util.HashSet<>();
      for (OutputFile file : files) {
        try {
          writer.put(file);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        keep.add(file.path());
      }
      writer.commit(keep, "");
    }
  }

  /** Every file below {@code dir}, by its path relative to it, with its size and time. */
  private static Map<String, BasicFileAttributes> listing(Path dir) throws IOException {
    Map<String, BasicFileAttributes> files = new java.util.HashMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    Files.walkFileTree(
        dir,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              files.put(dir.relativize(file).toString().replace('\\', '/'), attrs);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    return files;
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

  private static void deleteEmptyFolders(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(root)) {
          try (Stream<Path> children = Files.list(p)) {
            if (children.findAny().isEmpty()) {
              Files.delete(p);
            }
          }
        }
      }
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
