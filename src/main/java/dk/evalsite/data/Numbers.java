package dk.evalsite.data;

import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.YamlNode;
import java.math.BigDecimal;

/** Number fields with the domain's rules: targets and counts are never negative. */
final class Numbers {
  private Numbers() {}

  static BigDecimal nonNegative(Fields f, String key, boolean required) {
    BigDecimal value = f.decimal(key, required);
    if (value != null && value.signum() < 0) {
      f.diagnostics()
          .error(
              "E-DATA-004",
              f.pos(key),
              "`" + key + "` of " + f.context() + " is negative: " + value.toPlainString(),
              "Targets, status and budgets are 0 or more.");
      return null;
    }
    return value;
  }

  /** A goal's status: a number, or "-" / empty for "not collected yet" (null). */
  static BigDecimal status(Fields f) {
    YamlNode node = f.node("status", false);
    if (node == null) {
      if (!f.has("status") && f.pos("status").equals(f.pos())) {
        f.diagnostics()
            .error(
                "E-DATA-003",
                f.pos(),
                f.context() + " is missing the required field `status`",
                "Add `status:` with the figure reached, or \"-\" if it is not collected yet.");
      }
      return null;
    }
    if (node instanceof YamlNode.ScalarNode s
        && s.kind() == YamlNode.ScalarKind.STRING
        && s.text().trim().equals("-")) {
      return null;
    }
    return nonNegative(f, "status", true);
  }
}
