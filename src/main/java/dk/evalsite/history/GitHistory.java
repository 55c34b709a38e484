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
 * committed history at HEAD is read: uncommitted edits change no date ({@link #uncommitted} lists
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
   * The files of {@code folder} (relative to it, "reports/x/report.yaml") that differ from HEAD in
   * the working tree: edited, staged, added or untracked (ignored files are not). Empty outside a
   * repository.
   */
  public static java.util.Set<String> uncommitted(Path folder) throws IOException {
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
      var status = org.eclipse.jgit.api.Git.wrap(repo).status();
      if (!prefix.isEmpty()) {
        status.addPath(prefix);
      }
      org.eclipse.jgit.api.Status found;
      try {
        found = status.call();
      } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
        throw new IOException(e.getMessage(), e);
      }
      String strip = prefix.isEmpty() ? "" : prefix + "/";
      java.util.Set<String> out = new java.util.TreeSet<>();
      for (var paths :
          List.of(
              found.getModified(),
              found.getChanged(),
              found.getAdded(),
              found.getUntracked(),
              found.getConflicting())) {
        for (String path : paths) {
          if (path.startsWith(strip)) {
            out.add(path.substring(strip.length()));
          }
        }
      }
      return out;
    }
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
