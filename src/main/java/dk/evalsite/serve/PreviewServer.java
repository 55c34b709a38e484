package dk.evalsite.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The preview: builds the site in memory, serves it over HTTP, rebuilds when a watched file changes
 * and tells open pages to reload. Never writes the output folder.
 */
public final class PreviewServer implements AutoCloseable {
  private final Rebuilder rebuilder;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.empty());
  private final LiveReload live = new LiveReload();
  private final ExecutorService builds =
      Executors.newSingleThreadExecutor(r -> daemon(r, "evalsite-rebuild"));
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "evalsite-heartbeat"));
  private final Consumer<String> log;
  private HttpServer server;
  private ChangeWatcher watcher;

  /** Changes the watcher saw that no finished rebuild has built yet; guarded by itself. */
  private final java.util.Set<Path> pending = new java.util.HashSet<>();

  /** Whether a change of unknown paths is pending (rebuild everything); guarded by pending. */
  private boolean everything;

  /** Set by each change: the running rebuild is pointless and stops at its next unit. */
  private volatile boolean superseded;

  /**
   * A preview of the site in {@code source}, its dates from the content alone; {@code log} receives
   * one line per rebuild.
   */
  public PreviewServer(Path source, Consumer<String> log, boolean drafts) {
    this(source, log, drafts, false);
  }

  /**
   * A preview of the site in {@code source}; with {@code gitDates} its dates come from git, and a
   * file edited or added since the last commit is dated today (the preview shows what would be
   * published if it were committed now).
   */
  public PreviewServer(Path source, Consumer<String> log, boolean drafts, boolean gitDates) {
    this.rebuilder = new Rebuilder(source, drafts, gitDates);
    this.log = log;
  }

  /**
   * Builds once, then serves on {@code host:port} (0 picks a free port) and watches {@code roots}.
   */
  public InetSocketAddress start(String host, int port, List<Path> roots, Path displayBase)
      throws IOException {
    rebuild(null);
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    server.createContext("/", new PreviewHandler(snapshot::get, new Overlay(displayBase), live));
    server.setExecutor(Executors.newCachedThreadPool(r -> daemon(r, "evalsite-http")));
    server.start();
    List<Path> existing = new ArrayList<>();
    for (Path root : roots) {
      if (java.nio.file.Files.isDirectory(root)) {
        existing.add(root);
      }
    }
    watcher = new ChangeWatcher(existing, this::changed);
    heartbeat.scheduleAtFixedRate(live::heartbeat, 15, 15, TimeUnit.SECONDS);
    return server.getAddress();
  }

  /**
   * The watcher saw {@code paths} change (null: unknown which): a running rebuild is now pointless
   * and stops at its next report or page, and one rebuild of everything pending is queued. A save
   * that fixes a file thus shows even while a slow rebuild of an earlier save is running.
   */
  private void changed(java.util.Set<Path> paths) {
    synchronized (pending) {
      if (paths == null) {
        everything = true;
      } else {
        pending.addAll(paths);
      }
      superseded = true;
    }
    builds.execute(this::rebuildPending);
  }

  /** Rebuilds with every change not yet built; returns at once when an earlier run took them. */
  private void rebuildPending() {
    java.util.Set<Path> changed;
    synchronized (pending) {
      if (pending.isEmpty() && !everything) {
        return;
      }
      changed = everything ? null : java.util.Set.copyOf(pending);
      pending.clear();
      everything = false;
      superseded = false;
    }
    if (!rebuild(changed)) {
      synchronized (pending) { // stopped: its changes go to the rebuild queued after it
        if (changed == null) {
          everything = true;
        } else {
          pending.addAll(changed);
        }
      }
    }
  }

  /**
   * Rebuilds; {@code changed} are the paths the watcher saw change, null when unknown. False when a
   * newer change stopped it.
   */
  private boolean rebuild(java.util.Set<Path> changed) {
    long start = System.nanoTime();
    java.util.Optional<Snapshot> built =
        rebuilder.rebuild(snapshot.get(), changed, () -> superseded);
    if (built.isEmpty()) {
      log.accept("Rebuild stopped: a newer change came in.");
      return false;
    }
    Snapshot next = built.get();
    snapshot.set(next);
    live.announce(next);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (next.hasErrors()) {
      log.accept(
          "Rebuild failed in "
              + millis
              + " ms: "
              + next.problems().stream().filter(p -> p.isError()).count()
              + " error(s); serving the last good site.");
    } else {
      log.accept("Rebuilt in " + millis + " ms: " + next.changed().size() + " file(s) changed.");
    }
    return true;
  }

  /** The problems of the latest build (the first build's, right after {@link #start}). */
  public dk.evalsite.diag.Diagnostics problemsAsDiagnostics() {
    dk.evalsite.diag.Diagnostics d = new dk.evalsite.diag.Diagnostics();
    snapshot.get().problems().forEach(d::add);
    return d;
  }

  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    heartbeat.shutdownNow();
    live.closeAll();
    if (server != null) {
      server.stop(0);
    }
    builds.shutdownNow();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
