package dk.evalsite.site;

import dk.evalsite.incremental.InputSums;
import dk.evalsite.incremental.MemoryBacking;
import dk.evalsite.incremental.UnitCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the preview keeps from one rebuild to the next: the unit cache (in memory), the files of the
 * last good build, the stamps of inputs the watcher saw unchanged, and the opened theme. A save
 * then loads and renders only the units it touched; a failed rebuild changes none of it.
 */
public final class Rebuilds {
  private final InputSums sums = InputSums.acrossRebuilds();
  private final MemoryBacking<UnitRecord> backing = new MemoryBacking<>();
  private final KeptTheme themes = new KeptTheme(true);
  private Map<String, MemorySink.Stored> lastGood = Map.of();

  /**
   * Tells the next rebuild which paths changed since the last one (as a file watcher saw them);
   * null when unknown, and every input is stamped again.
   */
  public void expectChanges(Set<Path> changed) {
    sums.expectChanges(changed);
  }

  /** One build of the site, into {@code sink}: the files of the site by path, or empty. */
  interface Build {
    Optional<Map<String, String>> run(
        OutputSink sink, UnitCache<UnitRecord> cache, KeptTheme themes);
  }

  synchronized Optional<List<OutputFile>> rebuild(Build build) {
    MemorySink sink = new MemorySink(lastGood);
    UnitCache<UnitRecord> cache = new UnitCache<>(backing, sums);
    Optional<Map<String, String>> files = build.run(sink, cache, themes);
    if (files.isEmpty()) {
      return Optional.empty();
    }
    lastGood = sink.stored(files.get().keySet());
    try {
      cache.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a memory backing never throws
    }
    return Optional.of(sink.files(files.get().keySet()));
  }
}
