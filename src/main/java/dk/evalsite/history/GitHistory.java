package dk.evalsite.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads the dates of every file of a content folder from git in one walk over the history (not one
 * log per file, which is what makes per-file tools slow on large sites): oldest commit first, each
 * commit diffed against its first parent with rename detection, so a renamed file keeps its first
 * date. A merge counts as changing what it brings into the first parent's line, so "last changed"
 * is when a change reached the branch built. A file deleted and added again starts afresh. Only
 * committed history at HEAD is read: uncommitted edits change no date ({@link #uncommitted} finds
 * them for the preview, which dates them "now").
 */
public final class GitHistory {
  /** The last history read, reused while HEAD and the folder stay the same (the preview). */
  private static History last;

  private GitHistory() {}

  /** Forgets the last history read, so the next read walks again (for the benchmark). */
  public static synchronized void forget() {
    last = null;
  }

  /** The history of {@code folder}, or why there is none. */
  public static History read(Path folder) throws IOException {
    return read(folder, true);
  }

  /**
   * Which commit the history of {@code folder} would be read at, without reading it (cheap: for
   * deciding whether a build is up to date); a history with no files.
   */
  public static History head(Path folder) throws IOException {
    return read(folder, false);
  }

  private static History read(Path folder, boolean walk) throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return History.none(History.State.NO_REPOSITORY, dir);
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      if (repo.isBare()) {
        return History.none(History.State.NO_REPOSITORY, dir);
      }
      Path real = Files.isDirectory(dir) ? dir.toRealPath() : dir;
      Path work = repo.getWorkTree().toPath().toRealPath();
      if (!real.startsWith(work)) {
        return History.none(History.State.NO_REPOSITORY, dir);
      }
      if (isShallow(repo)) {
        return History.none(History.State.SHALLOW, dir);
      }
      ObjectId head = repo.resolve(Constants.HEAD);
      String prefix = work.relativize(real).toString().replace(File.separatorChar, '/');
      String key = repo.getDirectory() + "\n" + (head == null ? "" : head.name()) + "\n" + prefix;
      if (!walk) {
        return History.none(History.State.READ, dir).withHead(key);
      }
      synchronized (GitHistory.class) {
        if (last != null && key.equals(last.head())) {
          return last;
        }
      }
      Map<String, FileSpan> files = new HashMap<>();
      Map<String, List<History.Touch>> touches = new HashMap<>();
      if (head != null) {
        walk(repo, head, prefix, files, touches);
      }
      History history =
          new History(
              History.State.READ, key, files, dir, touches, repo.getDirectory().toPath(), prefix);
      synchronized (GitHistory.class) {
        last = history;
      }
      return history;
    }
  }

  /**
   * Which of {@code files} (in {@code folder}) differ from HEAD in the working tree: edited since
   * the last commit, or never committed; as paths relative to the folder ("reports/x/report.yaml").
   * Only the given files are looked at (not a full {@code git status}, which takes about a second
   * on a 1,000-report site), and a file whose size and modification time are those of the last call
   * is not read again, so the preview pays this on every save only for what changed. A file that
   * differs only by CRLF line ends (a Windows checkout) is not changed. Empty outside a repository.
   */
  public static java.util.Set<String> uncommitted(Path folder, java.util.Collection<Path> files)
      throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return java.util.Set.of();
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      if (repo.isBare()) {
        return java.util.Set.of();
      }
      Path real = Files.isDirectory(dir) ? dir.toRealPath() : dir;
      Path work = repo.getWorkTree().toPath().toRealPath();
      if (!real.startsWith(work)) {
        return java.util.Set.of();
      }
      String prefix = work.relativize(real).toString().replace(File.separatorChar, '/');
      ObjectId head = repo.resolve(Constants.HEAD);
      String key = repo.getDirectory() + "\n" + (head == null ? "" : head.name()) + "\n" + prefix;
      Map<String, ObjectId> blobs = blobs(repo, head, prefix, key);
      java.util.Set<String> out = new java.util.TreeSet<>();
      for (Path file : files) {
        Path absolute = file.toAbsolutePath().normalize();
        String relative = dir.relativize(absolute).toString().replace(File.separatorChar, '/');
        if (changed(absolute, blobs.get(relative), key)) {
          out.add(relative);
        }
      }
      return out;
    }
  }

  /** What the last calls found of each file: its size and time, and whether it differed. */
  private record Stamp(String head, long size, long modified, boolean changed) {}

  private static final Map<Path, Stamp> STAMPS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The blob of every file at HEAD under the prefix, by its path below it; kept per HEAD. */
  private static Map<String, ObjectId> lastBlobs = Map.of();

  private static String lastBlobsKey = "";

  private static synchronized Map<String, ObjectId> blobs(
      Repository repo, ObjectId head, String prefix, String key) throws IOException {
    if (key.equals(lastBlobsKey)) {
      return lastBlobs;
    }
    Map<String, ObjectId> out = new HashMap<>();
    if (head != null) {
      try (RevWalk walk = new RevWalk(repo);
          TreeWalk tree = new TreeWalk(repo)) {
        tree.addTree(walk.parseCommit(head).getTree());
        tree.setRecursive(true);
        if (!prefix.isEmpty()) {
          tree.setFilter(PathFilter.create(prefix));
        }
        String strip = prefix.isEmpty() ? "" : prefix + "/";
        while (tree.next()) {
          out.put(relative(tree.getPathString(), strip), tree.getObjectId(0));
        }
      }
    }
    lastBlobs = Map.copyOf(out);
    lastBlobsKey = key;
    return lastBlobs;
  }

  private static boolean changed(Path file, ObjectId blob, String head) throws IOException {
    if (blob == null) {
      return true; // never committed
    }
    java.nio.file.attribute.BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return false; // gone: nothing of it is shown
    }
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().toMillis();
    Stamp known = STAMPS.get(file);
    if (known != null
        && known.head().equals(head)
        && known.size() == size
        && known.modified() == modified) {
      return known.changed();
    }
    byte[] bytes = Files.readAllBytes(file);
    var hash = new org.eclipse.jgit.lib.ObjectInserter.Formatter();
    boolean changed = !blob.equals(hash.idFor(Constants.OBJ_BLOB, bytes));
    if (changed && contains(bytes, (byte) '\r')) {
      String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      byte[] lf = text.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      changed = !blob.equals(hash.idFor(Constants.OBJ_BLOB, lf));
    }
    STAMPS.put(file, new Stamp(head, size, modified, changed));
    return changed;
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  /** A shallow clone lists its cut-off commits; their history (and so every date) is missing. */
  private static boolean isShallow(Repository repo) throws IOException {
    return !repo.getObjectDatabase().getShallowCommits().isEmpty()
        || Files.exists(repo.getCommonDirectory().toPath().resolve("shallow"));
  }

  private static void walk(
      Repository repo,
      ObjectId head,
      String prefix,
      Map<String, FileSpan> spans,
      Map<String, List<History.Touch>> touches)
      throws IOException {
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      walk.markStart(walk.parseCommit(head));
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      tree.setRecursive(true);
      tree.setFilter(
          prefix.isEmpty()
              ? TreeFilter.ANY_DIFF
              : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
      RenameDetector renames = new RenameDetector(repo);
      String strip = prefix.isEmpty() ? "" : prefix + "/";
      for (RevCommit commit : walk) {
        tree.reset();
        if (commit.getParentCount() == 0) {
          tree.addTree(new EmptyTreeIterator());
        } else {
          tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
        }
        tree.addTree(commit.getTree());
        List<DiffEntry> changes = DiffEntry.scan(tree);
        renames.reset();
        renames.addAll(changes);
        Instant when = Instant.ofEpochSecond(commit.getCommitTime());
        History.Touch touch = new History.Touch(commit.name(), when);
        for (DiffEntry change : renames.compute()) {
          apply(spans, change, strip, when);
          touch(touches, change, strip, touch);
        }
      }
    }
  }

  /** Which commits changed each file, for its revision history; a rename keeps the list. */
  private static void touch(
      Map<String, List<History.Touch>> touches,
      DiffEntry change,
      String strip,
      History.Touch touch) {
    String oldPath = relative(change.getOldPath(), strip);
    String newPath = relative(change.getNewPath(), strip);
    switch (change.getChangeType()) {
      case DELETE -> touches.remove(oldPath);
      case RENAME -> {
        List<History.Touch> list = touches.remove(oldPath);
        list = list == null ? new java.util.ArrayList<>() : list;
        list.add(touch);
        touches.put(newPath, list);
      }
      default -> touches.computeIfAbsent(newPath, k -> new java.util.ArrayList<>()).add(touch);
    }
  }

  private static void apply(
      Map<String, FileSpan> spans, DiffEntry change, String strip, Instant t) {
    String oldPath = relative(change.getOldPath(), strip);
    String newPath = relative(change.getNewPath(), strip);
    switch (change.getChangeType()) {
      case DELETE -> spans.remove(oldPath);
      case RENAME -> spans.put(newPath, later(spans.remove(oldPath), t));
      default -> spans.put(newPath, later(spans.get(newPath), t));
    }
  }

  /** The span after a change at {@code t} (commit times need not grow along the history). */
  private static FileSpan later(FileSpan before, Instant t) {
    return before == null ? new FileSpan(t, t) : before.join(new FileSpan(t, t));
  }

  private static String relative(String path, String strip) {
    return path.startsWith(strip) ? path.substring(strip.length()) : path;
  }
}
