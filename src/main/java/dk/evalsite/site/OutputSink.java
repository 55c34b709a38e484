package dk.evalsite.site;

/**
 * Where a build puts the files of the site as it renders them, so no build holds the whole site in
 * memory unless it must (the preview does). Called from several threads at once.
 */
interface OutputSink {
  /** Takes {@code file}; returns its checksum when the sink records them, else null. */
  String put(OutputFile file);

  /** Whether a file an earlier build wrote at {@code path} is still there to keep. */
  default boolean holds(String path) {
    return false;
  }
}
