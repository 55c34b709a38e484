package dk.evalsite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The theme's UI strings for one language, read from i18n/messages_&lt;lang&gt;.properties as
 * UTF-8. Deliberately not a ResourceBundle: that would fall back to the machine's default locale
 * and make output depend on where it was built.
 */
public final class Messages {
  private final String language;
  private final Map<String, String> strings;

  Messages(String language, Map<String, String> strings) {
    this.language = language;
    this.strings = Map.copyOf(strings);
  }

  static Messages load(String language, InputStream in) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> map = new HashMap<>();
    properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
    return new Messages(language, map);
  }

  public String language() {
    return language;
  }

  /** The string for {@code key}; a missing key shows as "??key??" and is caught by tests. */
  public String get(String key) {
    return strings.getOrDefault(key, "??" + key + "??");
  }

  /** {@code key} with {0}, {1}, ... replaced by already formatted texts. */
  public String format(String key, String... args) {
    String text = get(key);
    for (int i = 0; i < args.length; i++) {
      // A figure that does not exist (no status collected yet) is left out, not a crash.
      text = text.replace("{" + i + "}", args[i] == null ? "" : args[i]);
    }
    return text;
  }

  /** All strings, for templates (`msg["nav.reports"]`). */
  public Map<String, String> asMap() {
    return strings;
  }
}
