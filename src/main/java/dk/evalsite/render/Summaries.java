package dk.evalsite.render;

/** Short plain-text summaries of pages, for search engines and link previews. */
final class Summaries {
  /** Search engines show about this many characters of a description. */
  static final int LENGTH = 160;

  private Summaries() {}

  /**
   * {@code text} cut to at most {@link #LENGTH} characters at a word boundary, with "…" when cut;
   * null when there is no text.
   */
  static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip().replaceAll("\\s+", " ");
    if (plain.length() <= LENGTH) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', LENGTH - 1);
    String head = plain.substring(0, cut > LENGTH / 2 ? cut : LENGTH - 1);
    return head.replaceAll("[\\s,;:.–-]+$", "") + "…";
  }
}
