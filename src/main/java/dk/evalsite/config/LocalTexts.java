package dk.evalsite.config;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.YamlNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@link LocalText} of any YAML file (scoring.yaml, site.yaml, a page's front matter): one
 * text for every language ({@code key: "..."}) or one per language ({@code key: {da: "...", en:
 * "..."}}).
 */
public final class LocalTexts {
  private LocalTexts() {}

  /** The text under {@code key}; null when absent or broken (the problem is reported). */
  public static LocalText read(Fields f, String key, boolean required, Diagnostics diagnostics) {
    YamlNode node = f.node(key, required);
    if (node == null) {
      return null; // reported by node() when required
    }
    if (!(node instanceof YamlNode.MapNode)) {
      String all = f.string(key, required);
      return all == null ? null : LocalText.of(all, f.pos(key));
    }
    Fields each = Fields.of(node, diagnostics, "`" + key + "` in each language");
    Map<String, String> texts = new TreeMap<>();
    for (String language : SiteConfig.LANGUAGES) {
      String text = each.string(language, false);
      if (text != null && text.isBlank()) {
        diagnostics.error(
            "E-DATA-003",
            each.pos(language),
            "`" + language + "` of `" + key + "` is empty",
            "Write the text, or leave the language out.");
      } else if (text != null) {
        texts.put(language, text);
      }
    }
    each.finish();
    if (texts.isEmpty()) {
      diagnostics.error(
          "E-DATA-003",
          node.pos(),
          "`" + key + "` gives no text",
          "Write one text for every language, or one per language: `{da: \"...\", en: \"...\"}`.");
      return null;
    }
    return new LocalText(null, Map.copyOf(texts), node.pos());
  }
}
