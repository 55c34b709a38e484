package dk.evalsite.site;

/**
 * Where a build puts the files of the site as it renders them, so no build holds the whole site in
 * memory unless it must (the preview does). Called from several threads at once.
 */
interface OutputSink {
  /** Takes {@code file}; returns its {@link dk.evalsite.incremental.Checksum}. */
  String put(OutputFile file);

  /**
   * Whether the file the last build wrote at {@code path}, with this {@code checksum}, is still
   * there with exactly those bytes, so a unit kept from that build may leave it as it is.
   */
  default boolean holds(String path, String checksum) {
    return false;
  }

  /**
   * The checksum of the file the last build wrote at {@code path} when it is still there with
   * exactly those bytes; null when it is not (or the sink keeps no earlier build). For a file named
   * by its contents, this says it need not be made again.
   */
  default String held(String path) {
    return null;
  }

  /**
   * The bytes of the file the last build wrote at {@code path}, for a unit kept from it whose files
   * are still there ({@link #held}); null when there is none.
   */
  default byte[] read(String path) {
    return null;
  }
}
