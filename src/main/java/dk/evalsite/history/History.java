package dk.evalsite.history;

import java.nio.file.Path;
import java.util.Map;

/**
 * What git knows of the files of a content folder: for each file committed at HEAD, its {@link
 * FileSpan}, by its path relative to the folder ("reports/x/report.yaml"). {@code state} says
 * whether the dates can be trusted: a folder outside any repository or in a shallow clone has none.
 * {@code head} names the commit the dates are read at, so a new commit rebuilds.
 */
public record History(
    State state,
    String head,
    Map<String, FileSpan> files,
    Path folder,
    Map<String, java.util.List<Touch>> touches,
    Path gitDir,
    String prefix) {

  /** A commit that changed a file: its id and commit time. */
  public record Touch(String commit, java.time.Instant time) {}

  /** Whether the history could be read, and why not. */
  public enum State {
    READ,
    SHALLOW,
    NO_REPOSITORY,
    OFF
  }

  public History {
    files = Map.copyOf(files);
    touches = Map.copyOf(touches);
  }

  History(State state, String head, Map<String, FileSpan> files, Path folder) {
    this(state, head, files, folder, Map.of(), null, "");
  }

  /** The commits that changed {@code file} (relative to the folder), oldest first. */
  public java.util.List<Touch> touchesOf(String file) {
    return touches.getOrDefault(file, java.util.List.of());
  }

  /** No dates from git: the build does not ask it. */
  public static History off() {
    return new History(State.OFF, "", Map.of(), null);
  }

  /** No dates from git, and why. */
  public static History none(State state, Path folder) {
    return new History(state, "", Map.of(), folder);
  }

  History withHead(String newHead) {
    return new History(state, newHead, files, folder, touches, gitDir, prefix);
  }

  /**
   * This history with {@code paths} (relative to the folder) changed at {@code now}: the preview's
   * view, where an uncommitted edit is the latest change and an untracked file is new. A build
   * never asks for it, so the same commit always gives the same dates.
   */
  public History withUncommitted(java.util.Set<String> paths, java.time.Instant now) {
    if (state != State.READ || paths.isEmpty()) {
      return this;
    }
    Map<String, FileSpan> changed = new java.util.HashMap<>(files);
    FileSpan today = new FileSpan(now, now);
    for (String path : paths) {
      FileSpan before = changed.get(path);
      changed.put(path, before == null ? today : before.join(today));
    }
    return new History(state, head, changed, folder, touches, gitDir, prefix);
  }

  /** The span of a file of the folder; null when git has none (untracked, or no history). */
  public FileSpan of(Path file) {
    if (folder == null || files.isEmpty()) {
      return null;
    }
    Path relative = folder.relativize(file.toAbsolutePath().normalize());
    return files.get(relative.toString().replace('\\', '/'));
  }

  /** The span of all of {@code files}; null when git has none of them. */
  public FileSpan ofAll(Iterable<Path> some) {
    FileSpan span = null;
    for (Path file : some) {
      FileSpan s = of(file);
      span = span == null ? s : s == null ? span : span.join(s);
    }
    return span;
  }
}
