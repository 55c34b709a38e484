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

  /** Marks a folder a build stages files in, so only evalsite's own leftovers are ever removed. */
  static final String STAGING = ".evalsite-staging";

  private static final String STAGING_TEXT =
      "evalsite stages a build here; a folder left behind is removed by the next build.\n";
  private static final String NEW = ".new-";
  private static final String STAGE = ".stage-";
  private static final String OLD = ".old-";

  private final Path target;

  /** Null until made; the shutdown hook may look at it before. */
  private volatile Path stage;

  private final boolean fresh;
  private final Map<String, String> previous;
  private final Map<String, BasicFileAttributes> present;
  private final FileTime lastWritten;
  private final Set<String> taken = ConcurrentHashMap.newKeySet();
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
  private final AtomicInteger written = new AtomicInteger();
  private final Thread cleanup;
  private volatile boolean done;
  private volatile boolean aborting;
  private volatile boolean committing;
  private final java.util.concurrent.CountDownLatch committed =
      new java.util.concurrent.CountDownLatch(1);

  private SiteWriter(Path out, boolean fresh, Map<String, String> previous, FileTime lastWritten)
      throws IOException {
    this.target = out.toAbsolutePath().normalize();
    this.fresh = fresh;
    this.previous = previous;
    this.lastWritten = lastWritten;
    // Ctrl-C or a kill (SIGTERM) during the build: remove what it staged (a kill -9 leaves it
    // to the next build, see removeLeftovers). Registered before the folder exists.
    this.cleanup = new Thread(this::abortQuietly, "evalsite-staging-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Files.createDirectories(target.getParent());
      String kind = fresh ? NEW : STAGE;
      this.stage = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + kind);
      Files.write(stage.resolve(STAGING), STAGING_TEXT.getBytes(StandardCharsets.UTF_8));
      readableByAll(stage);
      this.present = fresh ? Map.of() : listing(target);
    } catch (IOException e) {
      forgetCleanup();
      throw new OutputFailure("prepare a staging folder beside", target, e);
    }
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
    if (aborting) {
      throw new UncheckedIOException(new java.io.InterruptedIOException("the build is stopping"));
    }
    try {
      Path path = stage.resolve(file.path()).normalize();
      if (!path.startsWith(stage) || path.equals(stage)) {
        throw new IOException("refusing to write outside the output folder: " + file.path());
      }
      // Each folder is made once; a second thread waits until it exists.
      folders.computeIfAbsent(path.getParent(), this::createFolder);
      Files.write(path, file.bytes());
      written.incrementAndGet();
      return hash;
    } catch (OutputFailure e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(new OutputFailure("write", target.resolve(file.path()), e));
    }
  }

  private Boolean createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
      return Boolean.TRUE;
    } catch (IOException e) {
      Path shown = target.resolve(stage.relativize(folder).toString());
      throw new UncheckedIOException(new OutputFailure("create the folder", shown, e));
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

  @Override
  public String held(String path) {
    String checksum = fresh ? null : previous.get(path);
    return checksum != null && holds(path, checksum) ? checksum : null;
  }

  @Override
  public byte[] read(String path) {
    if (held(path) == null) {
      return null;
    }
    try {
      return Files.readAllBytes(target.resolve(path));
    } catch (IOException e) {
      return null;
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
    synchronized (this) {
      if (aborting) {
        throw new OutputFailure(
            "update", target, new java.io.InterruptedIOException("the build was stopped"));
      }
      done = true;
      committing = true; // from here on a stop leaves the staging folder to the next build
    }
    try {
      commitOrFail(keep, fingerprint);
    } catch (OutputFailure e) {
      throw e;
    } catch (IOException e) {
      throw new OutputFailure("update", target, e);
    } finally {
      try {
        deleteTree(stage);
      } finally {
        committed.countDown();
        forgetCleanup();
      }
    }
  }

  /**
   * An update becomes a whole new folder too: the staged files that changed, and a hard link to
   * every unchanged file of the old folder (no bytes copied); then the new folder is swapped in
   * like a fresh one. A build killed at any point leaves the old site or the new one, never a mix.
   */
  private void commitOrFail(Set<String> keep, String fingerprint) throws IOException {
    if (!fresh) {
      linkUnchanged(keep);
    }
    Files.delete(stage.resolve(STAGING));
    Files.write(stage.resolve(MARKER), marker(fingerprint));
    swap(stage, target);
  }

  /** Links each file of {@code keep} that this build did not write from the old folder. */
  private void linkUnchanged(Set<String> keep) throws IOException {
    for (String path : keep) {
      if (taken.contains(path) && Files.exists(stage.resolve(path))) {
        continue;
      }
      Path to = stage.resolve(path);
      folders.computeIfAbsent(to.getParent(), this::createFolder);
      Path from = target.resolve(path);
      try {
        Files.createLink(to, from);
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES); // no hard links here
      }
    }
  }

  /** Throws away everything this build wrote; the output folder stays as it was. */
  void abort() throws IOException {
    synchronized (this) {
      done = true;
      aborting = true; // writers still running stop at their next file
    }
    try {
      deleteWhileWritersStop();
    } finally {
      forgetCleanup();
    }
  }

  @Override
  public void close() throws IOException {
    if (!done) {
      abort();
    }
  }

  /**
   * The shutdown hook's work (Ctrl-C, SIGTERM): removes the staging folder unless the commit has
   * begun, which must not find half of it gone; what a stop during the commit leaves, the next
   * build removes (see {@link #removeLeftovers}).
   */
  private void abortQuietly() {
    boolean commitUnderWay;
    synchronized (this) {
      commitUnderWay = committing;
      if (!commitUnderWay) {
        done = true;
        aborting = true;
      }
    }
    if (commitUnderWay) {
      awaitCommit();
      return;
    }
    try {
      // Also when the build's own abort is under way: the JVM halts once this hook returns.
      deleteWhileWritersStop();
    } catch (IOException e) {
      // what remains, the next build removes
    }
  }

  /**
   * A stop during the commit lets it finish (it swaps the new site in and deletes the old one): the
   * JVM halts as soon as the hooks return, which would leave the old site beside the new.
   */
  private void awaitCommit() {
    try {
      committed.await(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Deletes the staging folder; threads still writing add a file now and then, so retry. */
  private void deleteWhileWritersStop() throws IOException {
    Path stage = this.stage;
    if (stage == null) {
      return;
    }
    for (int attempt = 0; ; attempt++) {
      try {
        deleteTree(stage);
        return;
      } catch (IOException | UncheckedIOException e) {
        if (attempt >= 200) {
          throw e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while removing " + stage);
        }
      }
    }
  }

  private void forgetCleanup() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs, finds the build done, and does nothing
    }
  }

  /**
   * Removes what killed builds of {@code out} left beside it: staging folders (named after the
   * output folder and marked {@value #STAGING}) and an old site moved aside for a swap (marked as
   * an output folder); when a kill came between the two renames of a swap, the old site is put
   * back. Nothing else is touched. Call it while holding the output folder's lock.
   */
  static void removeLeftovers(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String name = "." + target.getFileName();
    List<Path> leftovers;
    try (Stream<Path> list = Files.list(parent)) {
      leftovers =
          list.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
              .filter(p -> isLeftover(p.getFileName().toString(), name, p))
              .sorted()
              .toList();
    }
    for (Path p : leftovers) {
      boolean old = p.getFileName().toString().startsWith(name + OLD);
      if (old && !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteTree(p);
      }
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isLeftover(String file, String name, Path dir) {
    if (file.startsWith(name + NEW) || file.startsWith(name + STAGE)) {
      // A fresh folder gets the output marker just before its swap; until then the staging one;
      // a build killed right after making the folder left it empty.
      return Files.isRegularFile(dir.resolve(STAGING))
          || Files.isRegularFile(dir.resolve(MARKER))
          || isEmpty(dir);
    }
    return file.startsWith(name + OLD) && Files.isRegularFile(dir.resolve(MARKER));
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
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OLD);
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
        Files.deleteIfExists(p);
      }
    }
  }
}
