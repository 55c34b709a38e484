package dk.evalsite.yaml;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.yaml.YamlNode.ScalarKind;
import dk.evalsite.yaml.YamlNode.ScalarNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed, checked access to the keys of one YAML mapping. Every accessor names the keys the mapping
 * may have; {@link #finish()} then reports any other key as unknown, with a "did you mean" when a
 * known key is close. Problems are reported, never thrown: an accessor returns null for a missing
 * or wrong value and the caller carries on, so one run lists them all.
 */
public final class Fields {
  private static final BigDecimal MAX_NUMBER = new BigDecimal("1e12");
  private static final java.util.regex.Pattern MARKUP =
      java.util.regex.Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^>]*>|&#?[A-Za-z0-9]+;");

  private final YamlNode.MapNode node;
  private final Diagnostics diagnostics;
  private final String context;
  private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(YamlNode.MapNode node, Diagnostics diagnostics, String context) {
    this.node = node;
    this.diagnostics = diagnostics;
    this.context = context;
    node.entries().forEach(e -> entries.put(e.key(), e));
  }

  /**
   * Fields of {@code value}, or null (with an error) when it is not a mapping. {@code context}
   * names the thing in messages, e.g. "goal B3".
   */
  public static Fields of(YamlNode value, Diagnostics diagnostics, String context) {
    if (value instanceof YamlNode.MapNode map) {
      return new Fields(map, diagnostics, context);
    }
    diagnostics.error(
        "E-DATA-002",
        value.pos(),
        context + " must be a mapping of `key: value` lines, but is " + value.typeName(),
        "Write it as indented `key: value` lines or as `{key: value, ...}`.");
    return null;
  }

  public SourcePos pos() {
    return node.pos();
  }

  public String context() {
    return context;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Where {@code key}'s value is written, or the mapping itself when the key is absent. */
  public SourcePos pos(String key) {
    YamlNode.Entry e = entries.get(key);
    return e == null ? node.pos() : e.value().pos();
  }

  public boolean has(String key) {
    known.add(key);
    YamlNode.Entry e = entries.get(key);
    return e != null && !(e.value() instanceof ScalarNode s && s.isNull());
  }

  /** The raw node of {@code key}, or null when absent or empty. */
  public YamlNode node(String key, boolean required) {
    known.add(key);
    YamlNode.Entry e = entries.get(key);
    if (e == null || (e.value() instanceof ScalarNode s && s.isNull())) {
      if (required) {
        diagnostics.error(
            "E-DATA-003",
            e == null ? node.pos() : e.keyPos(),
            context + " is missing the required field `" + key + "`",
            misspelling(key)
                .map(k -> "Is `" + k + "` meant to be `" + key + "`? Rename it.")
                .orElse("Add `" + key + ":` with a value."));
      }
      return null;
    }
    return e.value();
  }

  /** A key of this mapping that looks like a typo of {@code key}. */
  private java.util.Optional<String> misspelling(String key) {
    return entries.keySet().stream()
        .filter(k -> !k.equals(key))
        .filter(k -> DidYouMean.closest(k, List.of(key)).isPresent())
        .findFirst();
  }

  public String string(String key, boolean required) {
    YamlNode value = node(key, required);
    if (value == null) {
      return null;
    }
    if (value instanceof ScalarNode s && s.kind() != ScalarKind.NULL) {
      if (s.text().isBlank() && required) {
        diagnostics.error(
            "E-DATA-003",
            s.pos(),
            "`" + key + "` of " + context + " is empty",
            "Write a value after `" + key + ":`.");
        return null;
      }
      warnIfMarkup(key, s);
      return s.text();
    }
    wrongType(key, value, "a text");
    return null;
  }

  /** Text is printed as written, so markup would show as literal tags: say so. */
  private void warnIfMarkup(String key, ScalarNode s) {
    if (MARKUP.matcher(s.text()).find()) {
      diagnostics.warning(
          "W-DATA-003",
          s.pos(),
          "`" + key + "` of " + context + " contains HTML markup, which is shown as plain text",
          "Write plain text; evalsite escapes <, > and & so tags appear literally on the page.");
    }
  }

  /** An exact decimal; {@code 45.5} stays 45.5, never a binary float. */
  public BigDecimal decimal(String key, boolean required) {
    YamlNode value = node(key, required);
    return value == null ? null : toDecimal(key, value);
  }

  BigDecimal toDecimal(String key, YamlNode value) {
    if (value instanceof ScalarNode s) {
      String text = s.text().trim().replace("_", "");
      if (s.kind() == ScalarKind.INT || s.kind() == ScalarKind.FLOAT) {
        try {
          BigDecimal number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
          if (number.abs().compareTo(MAX_NUMBER) > 0) {
            diagnostics.error(
                "E-DATA-004",
                s.pos(),
                "`" + key + "` of " + context + " is too large: " + s.text(),
                "Use a number below 1 000 000 000 000.");
            return null;
          }
          return number;
        } catch (NumberFormatException e) {
          diagnostics.error(
              "E-DATA-002",
              s.pos(),
              "`" + key + "` of " + context + " must be a plain decimal number, not " + s.text(),
              "Write digits with a decimal point, e.g. 45.5 (no .inf, .nan, hex or octal).");
          return null;
        }
      }
      if (s.kind() == ScalarKind.STRING && s.text().matches("-?\\d+,\\d+")) {
        diagnostics.error(
            "E-DATA-002",
            s.pos(),
            "`" + key + "` of " + context + " is written with a decimal comma: " + s.text(),
            "YAML numbers use a decimal point: write "
                + s.text().replace(',', '.')
                + "; the site still prints it the Danish way.");
        return null;
      }
    }
    wrongType(key, value, "a number");
    return null;
  }

  public Integer integer(String key, boolean required) {
    YamlNode value = node(key, required);
    if (value == null) {
      return null;
    }
    if (value instanceof ScalarNode s && s.kind() == ScalarKind.INT) {
      BigDecimal d = toDecimal(key, s);
      if (d == null) {
        return null;
      }
      try {
        return d.intValueExact();
      } catch (ArithmeticException e) {
        diagnostics.error(
            "E-DATA-004",
            s.pos(),
            "`" + key + "` of " + context + " is out of range: " + s.text(),
            "Use a whole number between -2147483648 and 2147483647.");
        return null;
      }
    }
    wrongType(key, value, "a whole number");
    return null;
  }

  public Boolean bool(String key) {
    YamlNode value = node(key, false);
    if (value == null) {
      return null;
    }
    if (value instanceof ScalarNode s && s.kind() == ScalarKind.BOOL) {
      return Boolean.valueOf(s.text().toLowerCase(Locale.ROOT).matches("true|yes|on|y"));
    }
    wrongType(key, value, "true or false");
    return null;
  }

  public LocalDate date(String key, boolean required) {
    YamlNode value = node(key, required);
    if (value == null) {
      return null;
    }
    if (value instanceof ScalarNode s
        && (s.kind() == ScalarKind.TIMESTAMP || s.kind() == ScalarKind.STRING)) {
      try {
        return LocalDate.parse(s.text().trim());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    diagnostics.error(
        "E-DATA-002",
        value.pos(),
        "`" + key + "` of " + context + " must be a date like 2022-08-30",
        "Write the date as YYYY-MM-DD.");
    return null;
  }

  /** One of {@code choices} (lower-case words); anything else is an error listing them. */
  public String choice(String key, boolean required, List<String> choices) {
    String text = string(key, required);
    if (text == null) {
      return null;
    }
    if (!choices.contains(text)) {
      diagnostics.error(
          "E-DATA-007",
          pos(key),
          "`" + key + "` of " + context + " is `" + text + "`, which is not one of " + choices,
          suggestion(text, choices)
              .map(s -> "Did you mean `" + s + "`?")
              .orElse("Use one of " + String.join(", ", choices) + "."));
      return null;
    }
    return text;
  }

  /** The items of a list, empty when absent. */
  public List<YamlNode> list(String key, boolean required) {
    YamlNode value = node(key, required);
    if (value == null) {
      return List.of();
    }
    if (value instanceof YamlNode.ListNode list) {
      if (list.items().isEmpty() && required) {
        diagnostics.error(
            "E-DATA-003",
            list.pos(),
            "`" + key + "` of " + context + " is an empty list",
            "Add at least one item, each on a line starting with `- `.");
      }
      return list.items();
    }
    wrongType(key, value, "a list");
    return List.of();
  }

  /** A list of non-empty texts. */
  public List<String> strings(String key, boolean required) {
    List<String> out = new ArrayList<>();
    for (YamlNode item : list(key, required)) {
      if (item instanceof ScalarNode s && s.kind() != ScalarKind.NULL && !s.text().isBlank()) {
        warnIfMarkup(key, s);
        out.add(s.text());
      } else {
        diagnostics.error(
            "E-DATA-002",
            item.pos(),
            "each item of `" + key + "` of " + context + " must be a text, not " + item.typeName(),
            "Write each item as `- some text`.");
      }
    }
    return out;
  }

  /** Nested mapping {@code key}, or null when absent. */
  public Fields map(String key, boolean required) {
    YamlNode value = node(key, required);
    return value == null ? null : Fields.of(value, diagnostics, "`" + key + "` of " + context);
  }

  /** Reports every key no accessor asked for. Call once all fields are read. */
  public void finish() {
    for (YamlNode.Entry e : entries.values()) {
      if (!known.contains(e.key())) {
        diagnostics.error(
            "E-DATA-001",
            e.keyPos(),
            "unknown key `" + e.key() + "` in " + context,
            suggestion(e.key(), List.copyOf(known))
                .map(s -> "Did you mean `" + s + "`?")
                .orElse(
                    (e.key().chars().allMatch(c -> c < 128)
                            ? ""
                            : "Keys are English words in plain ASCII (no æ, ø, å). ")
                        + "Known keys here: "
                        + String.join(", ", known)
                        + "."));
      }
    }
  }

  private void wrongType(String key, YamlNode value, String expected) {
    diagnostics.error(
        "E-DATA-002",
        value.pos(),
        "`" + key + "` of " + context + " must be " + expected + ", but is " + value.typeName(),
        "Write " + expected + " after `" + key + ":`.");
  }

  /** The closest candidate within a small edit distance, for "did you mean". */
  public static java.util.Optional<String> suggestion(String word, List<String> candidates) {
    return DidYouMean.closest(word, candidates);
  }
}
