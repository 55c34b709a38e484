package dk.evalsite.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the site in memory: for the preview, which serves it from there, and for tests. */
final class MemorySink implements OutputSink {
  private final Map<String, OutputFile> files = new ConcurrentHashMap<>();

  @Override
  public String put(OutputFile file) {
    files.put(file.path(), file);
    return null;
  }

  /** Every file, sorted by path. */
  List<OutputFile> files() {
    List<OutputFile> all = new ArrayList<>(files.values());
    all.sort(Comparator.comparing(OutputFile::path));
    return all;
  }
}
