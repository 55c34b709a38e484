package dk.evalsite.incremental;

/**
 * Keeps a build's entries in memory for the next build in the same process: the preview's backing,
 * which must not write beside the content it previews.
 */
public final class MemoryBacking<R> implements UnitCache.Backing<R> {
  private UnitCache.Stored<R> stored = UnitCache.Stored.empty();

  @Override
  public synchronized UnitCache.Stored<R> load() {
    return stored;
  }

  @Override
  public synchronized void save(UnitCache.Stored<R> next) {
    stored = next;
  }
}
