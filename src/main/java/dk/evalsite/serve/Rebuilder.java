package dk.evalsite.serve;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.site.OutputFile;
import dk.evalsite.site.Progress;
import dk.evalsite.site.Rebuilds;
import dk.evalsite.site.SiteBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Builds the site in memory for the preview (drafts included) and turns the result into the next
 * {@link Snapshot}: on success the new files and the paths that changed; on failure the previous
 * files with the new problems, so the browser keeps the last good page.
 */
final class Rebuilder {
  private final Path source;
  private final boolean drafts;

  /** What earlier rebuilds loaded and rendered: a save re-renders only what it touched. */
  private final Rebuilds rebuilds = new Rebuilds();

  Rebuilder(Path source, boolean drafts) {
    this.source = source;
    this.drafts = drafts;
  }

  /** Thrown from the build's progress when a newer change makes the build pointless. */
  static final class Superseded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Superseded() {
      super("superseded by a newer change", null, false, false);
    }

    /** For the copy a parallel stream makes when it rethrows on the caller's thread. */
    public Superseded(Throwable cause) {
      super("superseded by a newer change", cause, false, false);
    }
  }

  /** The next snapshot; {@code changed} are the paths changed since the last one, or null. */
  Snapshot rebuild(Snapshot previous, java.util.Set<Path> changedInputs) {
    return rebuild(previous, changedInputs, () -> false).orElseThrow();
  }

  /**
   * The next snapshot, or empty when {@code superseded} turned true while it was built: the build
   * stops between two reports or pages and keeps nothing of its work, so the next one (with the
   * newer change) starts at once.
   */
  Optional<Snapshot> rebuild(
      Snapshot previous, java.util.Set<Path> changedInputs, BooleanSupplier superseded) {
    rebuilds.expectChanges(changedInputs);
    Diagnostics diagnostics = new Diagnostics();
    Progress stopWhenSuperseded =
        (stage, done, total) -> {
          if (superseded.getAsBoolean()) {
            throw new Superseded();
          }
        };
    Optional<List<OutputFile>> files;
    try {
      files = new SiteBuilder(diagnostics, drafts, stopWhenSuperseded, rebuilds).render(source);
    } catch (Superseded e) {
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not stop the preview: show it like any other problem.
      diagnostics.error(
          "E-INTERNAL-001",
          dk.evalsite.diag.SourcePos.of(source),
          "internal error: " + e,
          "This is a bug in evalsite; please report it with the file that triggered it.");
      files = Optional.empty();
    }
    List<Diagnostic> problems = diagnostics.sorted();
    long generation = previous.generation() + 1;
    if (files.isEmpty()) {
      return Optional.of(new Snapshot(previous.files(), problems, Set.of(), generation));
    }
    Map<String, byte[]> next = new HashMap<>();
    for (OutputFile file : files.get()) {
      next.put(file.path(), file.bytes());
    }
    Set<String> changed = new HashSet<>();
    next.forEach(
        (path, bytes) -> {
          if (!Arrays.equals(bytes, previous.files().get(path))) {
            changed.add(path);
          }
        });
    previous.files().keySet().stream().filter(p -> !next.containsKey(p)).forEach(changed::add);
    // Wrapped, not copied: at 10,000 files a copy per save is measurable, and nothing else holds
    // `next`.
    return Optional.of(
        new Snapshot(
            java.util.Collections.unmodifiableMap(next),
            problems,
            Set.copyOf(changed),
            generation));
  }
}
