package dk.evalsite.site;

import dk.evalsite.incremental.Checksum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the site in memory: for the preview, which serves it from there, and for tests. Like an
 * output folder, it holds the files of the last good build, so units kept from it need not be
 * rendered again; a build's own files stay apart until it succeeds.
 */
final class MemorySink implements OutputSink {
  /** A file with its checksum. */
  record Stored(OutputFile file, String checksum) {}

  private final Map<String, Stored> last;
  private final Map<String, Stored> current = new ConcurrentHashMap<>();

  /** A sink over the files of the last good build ({@code last}: none for a first build). */
  MemorySink(Map<String, Stored> last) {
    this.last = last;
  }

  @Override
  public String put(OutputFile file) {
    String checksum = Checksum.of(file.bytes());
    current.put(file.path(), new Stored(file, checksum));
    return checksum;
  }

  @Override
  public boolean holds(String path, String checksum) {
    Stored stored = last.get(path);
    return stored != null && stored.checksum().equals(checksum);
  }

  @Override
  public String held(String path) {
    Stored stored = last.get(path);
    return stored == null ? null : stored.checksum();
  }

  @Override
  public byte[] read(String path) {
    Stored stored = last.get(path);
    return stored == null ? null : stored.file().bytes();
  }

  /** The site's files, {@code paths}, sorted: written by this build or kept from the last. */
  List<OutputFile> files(Set<String> paths) {
    List<OutputFile> all = new ArrayList<>();
    stored(paths).values().forEach(s -> all.add(s.file()));
    return all;
  }

  /** The site's files with their checksums, for the next build's sink. */
  Map<String, Stored> stored(Set<String> paths) {
    Map<String, Stored> all = new java.util.LinkedHashMap<>();
    for (String path : new TreeSet<>(paths)) {
      Stored s = current.getOrDefault(path, last.get(path));
      if (s == null) {
        throw new IllegalStateException("no file for " + path);
      }
      all.put(path, s);
    }
    return all;
  }
}
