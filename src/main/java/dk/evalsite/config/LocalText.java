package dk.evalsite.config;

import dk.evalsite.diag.SourcePos;
import java.util.Map;

/**
 * A text of scoring.yaml in the languages reports are written in: one text for every language
 * ({@code meaning: "..."}), or one per language ({@code meaning: {da: "...", en: "..."}}), so one
 * rule file serves Danish and English reports alike.
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
}
