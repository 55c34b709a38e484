package dk.evalsite.data;

import dk.evalsite.data.Report.PublishedFigure;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.YamlNode;
import dk.evalsite.yaml.YamlNode.ScalarKind;

/**
 * {@code published_percent}: a percentage as the source publication prints it, stored so the build
 * can check it against the computed one. A whole percent 0–100; for a goal row also {@code +100}
 * (over target) or {@code "-"} (not collected).
 */
final class PublishedPercent {
  static final String KEY = "published_percent";

  private PublishedPercent() {}

  /** The published figure of {@code f}, or null when absent or malformed (then reported). */
  static PublishedFigure read(Fields f, boolean row) {
    YamlNode node = f.node(KEY, false);
    if (node == null) {
      return null;
    }
    if (node instanceof YamlNode.ScalarNode s) {
      String text = s.text().trim();
      if (s.kind() == ScalarKind.INT && text.matches("\\+?\\d{1,3}")) {
        int value = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        if (row && text.equals("+100")) {
          return new PublishedFigure("+100", s.pos());
        }
        if (value <= 100 && !text.startsWith("+")) {
          return new PublishedFigure(Integer.toString(value), s.pos());
        }
      } else if (row
          && s.kind() == ScalarKind.STRING
          && (text.equals("-") || text.equals("+100"))) {
        return new PublishedFigure(text, s.pos());
      }
    }
    f.diagnostics()
        .error(
            "E-DATA-007",
            node.pos(),
            "`"
                + KEY
                + "` of "
                + f.context()
                + " must be a whole percent from 0 to 100"
                + (row ? ", +100 or \"-\"" : ""),
            row
                ? "Write the percentage as the source prints it, without the % sign: 58, 100, "
                    + "+100 (over target) or \"-\" (not collected)."
                : "Write the percentage as the source prints it, without the % sign: 84.");
    return null;
  }
}
