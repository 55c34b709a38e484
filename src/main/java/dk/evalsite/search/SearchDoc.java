package dk.evalsite.search;

/**
 * One thing the search finds: a page of a report, a documentation page, or a goal row. {@code id}
 * is its address below the site root (a goal's with the row's anchor); {@code kind} is report,
 * chapter, appendix, page or goal; {@code report} is the report's title (null for a documentation
 * page); a goal has its attainment as printed and its light (id and word), the others null. {@code
 * title} and {@code text} are indexed; text is also where a result's snippet comes from.
 */
public record SearchDoc(
    String id,
    String lang,
    String kind,
    String title,
    String report,
    String text,
    String printed,
    String light,
    String lightWord) {

  public SearchDoc {
    text = text == null ? "" : text;
    title = title == null ? "" : title;
  }

  /** What a result shows (all but the text), in the order a unit's texts file lists it. */
  String[] shown() {
    return new String[] {id, lang, kind, title, report, printed, light, lightWord};
  }

  /** The document of {@code shown} (as {@link #shown} lists it) and {@code text}. */
  static SearchDoc of(String[] shown, String text) {
    return new SearchDoc(
        shown[0], shown[1], shown[2], shown[3], shown[4], text, shown[5], shown[6], shown[7]);
  }
}
