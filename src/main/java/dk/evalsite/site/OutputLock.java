package dk.evalsite.site;

import dk.evalsite.incremental.CacheFolder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One build per output folder at a time: two builds into the same folder would mix their files and
 * their caches. A lock file beside the folder (in its cache folder) holds an operating-system lock
 * for the whole build, released by the system even when the build is killed; a second build waits
 * for it and says so. The preview never takes it: it writes nothing there.
 */
final class OutputLock implements AutoCloseable {
  private static final long POLL_MILLIS = 100;

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Where the lock of output folder {@code out} lives. */
  static Path file(Path out) {
    Path cache = SiteBuilder.cacheFile(out);
    return cache.resolveSibling(cache.getFileName().toString().replaceFirst("\\.json$", ".lock"));
  }

  /**
   * Takes the lock of {@code out}, waiting while another build holds it; {@code waiting} hears once
   * that this build waits, and for whom.
   */
  static OutputLock acquire(Path out, Consumer<String> waiting) throws IOException {
    Path file = file(out);
    FileChannel channel;
    try {
      CacheFolder.prepare(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new OutputFailure("create the lock file", file, e);
    }
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        waiting.accept(
            "waiting for another evalsite build of "
                + out
                + " to finish ("
                + holder(file)
                + "; lock file "
                + file
                + ")");
        while (lock == null) {
          sleep();
          lock = tryLock(channel);
        }
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
          0);
      return new OutputLock(channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock, or null while another process (or another build in this one) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      return text.isEmpty() ? "process unknown" : text;
    } catch (IOException e) {
      return "process unknown";
    }
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the output lock");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
