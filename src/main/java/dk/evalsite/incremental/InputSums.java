package dk.evalsite.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Sums up input files two ways: a stamp (path, size and modification time of every file, as make
 * and Hugo judge changes; cheap, compared first) and a {@link Checksum} of their contents (compared
 * when the stamp differs, so a file that only got a new modification time, as after a checkout,
 * counts as unchanged). The preview keeps one instance across rebuilds and tells it which paths its
 * watcher saw change, so a save re-stamps only those.
 */
public final class InputSums {
  private final boolean remembers;
  private final Map<Path, String> stamps = new ConcurrentHashMap<>();
  private volatile Set<Path> changed;

  private InputSums(boolean remembers) {
    this.remembers = remembers;
  }

  /** Sums for a single build: every stamp is taken anew. */
  public static InputSums forOneBuild() {
    return new InputSums(false);
  }

  /** Sums kept across rebuilds (the preview's), told of changes by {@link #expectChanges}. */
  public static InputSums acrossRebuilds() {
    return new InputSums(true);
  }

  /**
   * Tells the next build which paths changed since the last one (as a file watcher saw them), so it
   * re-stamps only the files and folders they fall in; null re-stamps everything.
   */
  public void expectChanges(Set<Path> paths) {
    this.changed = paths == null ? null : Set.copyOf(paths);
  }

  /** The stamp of {@code path}, remembered while the watcher saw nothing change below it. */
  public String stamp(Path path) {
    if (!remembers) {
      return stampOf(path);
    }
    Path key = path.toAbsolutePath().normalize();
    String known = stamps.get(key);
    if (known != null && knownUnchanged(key)) {
      return known;
    }
    String now = stampOf(path);
    stamps.put(key, now);
    return now;
  }

  private boolean knownUnchanged(Path path) {
    Set<Path> paths = changed;
    if (paths == null) {
      return false;
    }
    for (Path c : paths) {
      Path p = c.toAbsolutePath().normalize();
      if (p.startsWith(path) || path.startsWith(p)) {
        return false;
      }
    }
    return true;
  }

  /** The stamp of a file or of every file below a folder, in sorted order; "-" when missing. */
  public static String stampOf(Path path) {
    StringBuilder out = new StringBuilder();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return "-";
    }
    try {
      BasicFileAttributes top =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!top.isDirectory()) {
        return stamp(out, "", top).toString(); // one file: what the walk below gives, sooner
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // One stat per file: the walk's own attributes (of a link itself, as it follows none).
    SortedMap<Path, BasicFileAttributes> files = new TreeMap<>();
    try {
      Files.walkFileTree(
          path,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
              if (!a.isDirectory()) {
                files.put(file, a);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.forEach((p, a) -> stamp(out, path.relativize(p).toString(), a));
    return out.toString();
  }

  private static StringBuilder stamp(StringBuilder out, String name, BasicFileAttributes a) {
    return out.append(name)
        .append(':')
        .append(a.size())
        .append(':')
        .append(a.lastModifiedTime().toMillis())
        .append('.')
        .append(a.lastModifiedTime().toInstant().getNano())
        .append(';');
  }

  /**
   * Files above this are summed by their stamp, not read: no input limit comes near it (Markdown
   * 256 KiB, YAML 4 MiB, images 10 MiB), and a huge or sparse file must cost no memory.
   */
  static final long MAX_SUMMED_BYTES = 64L * 1024 * 1024;

  /**
   * The checksum of the contents of a file, or of every file below a folder with its relative path;
   * a symbolic link sums up as its target's name (a link is not its target: a clean build refuses
   * some). An unreadable input gets a checksum equal to nothing, not even to the next unreadable
   * one.
   */
  public static String contents(Path path) {
    Checksum sum = new Checksum();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return "-";
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted().toList()) {
        byte[] bytes;
        String kind;
        if (Files.isSymbolicLink(p)) {
          kind = "link";
          bytes = Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8);
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          long size = Files.size(p);
          if (size > MAX_SUMMED_BYTES) {
            // Far above every input limit, so refused when loaded: its stamp stands for it.
            kind = "large file";
            bytes = stampOf(p).getBytes(StandardCharsets.UTF_8);
          } else {
            kind = "file";
            try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
              bytes = in.readNBytes((int) MAX_SUMMED_BYTES + 1);
            }
          }
        } else {
          continue;
        }
        byte[] head =
            (path.relativize(p) + "\0" + kind + "\0" + bytes.length + "\0")
                .getBytes(StandardCharsets.UTF_8);
        sum.update(head).update(bytes);
      }
    } catch (IOException | UncheckedIOException e) {
      return "unreadable:" + UUID.randomUUID();
    }
    return sum.value();
  }
}
