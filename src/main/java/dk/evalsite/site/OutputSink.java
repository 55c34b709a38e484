package dk.evalsite.site;

/**
 * Where a build puts the files of the site as it renders them, so no build holds the whole site in
 * memory unless it must (the preview does). Called from several threads at once.
 */
interface OutputSink {
  /** Takes {@code file}; returns its checksum when the sink records them, else null. */
  String put(OutputFile file);

  /**
   * Whether the file an earlier build wrote at {@code path}, with this {@code checksum}, is still
   * there to keep (present, with the size the checksum records).
   */
  default boolean holds(String path, String checksum) {
    return false;
  }

  /** Whether the sink keeps what it writes, so a build cache beside it is worth keeping too. */
  default boolean persists() {
    return false;
  }
}
