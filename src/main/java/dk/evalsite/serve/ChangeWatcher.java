package dk.evalsite.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders recursively (new subfolders included) and calls back once per burst of events:
 * editors save with several events (write, rename, chmod), which must give one rebuild, not three.
 */
final class ChangeWatcher implements AutoCloseable {
  static final long QUIET_MILLIS = 10;

  private final DirectoryWatcher watcher;

  /** Paths changed since the last callback; null once events were lost (overflow). */
  private java.util.Set<Path> changed = new java.util.HashSet<>();

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "evalsite-debounce"));
  private ScheduledFuture<?> pending;

  /**
   * Calls {@code onChange} with the paths changed in a burst, or with null when the system lost
   * events and anything may have changed.
   */
  ChangeWatcher(List<Path> roots, java.util.function.Consumer<java.util.Set<Path>> onChange)
      throws IOException {
    this.watcher =
        DirectoryWatcher.builder()
            .paths(roots)
            .fileHashing(false)
            .listener(
                event -> {
                  record(
                      event.eventType()
                              == io.methvin.watcher.DirectoryChangeEvent.EventType.OVERFLOW
                          ? null
                          : event.path());
                  schedule(() -> onChange.accept(takeChanged()));
                })
            .build();
    watcher.watchAsync(Executors.newSingleThreadExecutor(r -> daemon(r, "evalsite-watch")));
  }

  private synchronized void record(Path path) {
    if (path == null) {
      changed = null;
    } else if (changed != null) {
      changed.add(path.toAbsolutePath().normalize());
    }
  }

  private synchronized java.util.Set<Path> takeChanged() {
    java.util.Set<Path> taken = changed == null ? null : java.util.Set.copyOf(changed);
    changed = new java.util.HashSet<>();
    return taken;
  }

  private synchronized void schedule(Runnable onChange) {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = timer.schedule(onChange, QUIET_MILLIS, TimeUnit.MILLISECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() throws IOException {
    timer.shutdownNow();
    watcher.close();
  }
}
