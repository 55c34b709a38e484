package dk.evalsite.config;

import dk.evalsite.diag.SourcePos;
import java.util.Map;

/**
 * A text of scoring.yaml, site.yaml or a page's front matter in the languages reports and pages are
 * written in: one text for every language ({@code meaning: "..."}), or one per language ({@code
 * meaning: {da: "...", en: "..."}}), so one rule file serves Danish and English reports alike.
 */
public record LocalText(String all, Map<String, String> byLanguage, SourcePos pos) {

  public static LocalText of(String text, SourcePos pos) {
    return new LocalText(text, Map.of(), pos);
  }

  /** The text for {@code language}: its own, else the one for every language; null if neither. */
  public String in(String language) {
    String own = byLanguage.get(language);
    return own != null ? own : all;
  }

  /**
   * A text as a page shows it, and the language it is written in (for a {@code lang} attribute).
   */
  public record Shown(String text, String language) {}

  /**
   * The text a page in {@code language} shows: its own; else the one for every language, taken to
   * be written in {@code fallback} (the site's language); else the one in {@code fallback}; else
   * the first there is.
   */
  public Shown shown(String language, String fallback) {
    String own = byLanguage.get(language);
    if (own != null) {
      return new Shown(own, language);
    }
    if (all != null) {
      return new Shown(all, fallback);
    }
    String site = byLanguage.get(fallback);
    if (site != null) {
      return new Shown(site, fallback);
    }
    var first = new java.util.TreeMap<>(byLanguage).firstEntry();
    return new Shown(first.getValue(), first.getKey());
  }
}
