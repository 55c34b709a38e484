package dk.evalsite.validate;

import dk.evalsite.config.Band;
import dk.evalsite.config.BandTable;
import dk.evalsite.config.LocalText;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every text of scoring.yaml that a page shows (parameter names, scale, attainment bands, effect
 * lights) must exist in the language of each report that shows it.
 */
public final class ScoringTexts {
  private static final Map<String, String> LANGUAGE_NAMES = Map.of("da", "Danish", "en", "English");

  private ScoringTexts() {}

  /**
   * Checks the texts of {@code rules} for the language of every report: {@code reports} maps each
   * language to a report written in it, named in the message.
   */
  public static void check(
      ScoringRules rules, Map<String, String> reports, Diagnostics diagnostics) {
    List<LocalText> shown = new ArrayList<>();
    if (rules.implementation() != null) {
      rules.implementation().parameters().forEach(p -> shown.add(p.name()));
      rules.implementation().scale().forEach(l -> shown.add(l.meaning()));
    }
    if (rules.attainment() != null) {
      for (BandTable table : rules.attainment().bands().values()) {
        table.bands().stream().map(Band::meaning).forEach(shown::add);
      }
    }
    rules.effectLights().forEach(l -> shown.add(l.meaning()));
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(reports).entrySet()) {
      String language = entry.getKey();
      for (LocalText text : shown) {
        if (text != null && text.in(language) == null) {
          String name = LANGUAGE_NAMES.getOrDefault(language, language);
          diagnostics.error(
              "E-DATA-003",
              text.pos(),
              "this text has no "
                  + name
                  + " version (`"
                  + language
                  + "`), but report `"
                  + entry.getValue()
                  + "` is in "
                  + name,
              "Add `"
                  + language
                  + ": \"...\"` beside the others, or write one text for every "
                  + "language.");
        }
      }
    }
  }
}
