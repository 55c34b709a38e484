package dk.evalsite.serve;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.site.OutputFile;
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

  /** The next snapshot; {@code changed} are the paths changed since the last one, or null. */
  Snapshot rebuild(Snapshot previous, java.util.Set<Path> changedInputs) {
    rebuilds.expectChanges(changedInputs);
    Diagnostics diagnostics = new Diagnostics();
    Optional<List<OutputFile>> files;
    try {
      files = new SiteBuilder(diagnostics, drafts, rebuilds).render(source);
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
      return new Snapshot(previous.files(), problems, Set.of(), generation);
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
    return new Snapshot(
        java.util.Collections.unmodifiableMap(next), problems, Set.copyOf(changed), generation);
  }
}
