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
  static final long QUIET_MILLIS = 25;

  private final DirectoryWatcher watcher;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "evalsite-debounce"));
  private ScheduledFuture<?> pending;

  ChangeWatcher(List<Path> roots, Runnable onChange) throws IOException {
    this.watcher =
        DirectoryWatcher.builder()
            .paths(roots)
            .fileHashing(false)
            .listener(event -> schedule(onChange))
            .build();
    watcher.watchAsync(Executors.newSingleThreadExecutor(r -> daemon(r, "evalsite-watch")));
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
