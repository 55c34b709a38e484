package dk.evalsite.config;

import java.util.List;
import java.util.Locale;

/** A traffic light. Always shown with a label and a shape too, never by colour alone. */
public enum Light {
  GREEN,
  YELLOW,
  RED;

  public static final List<String> NAMES = List.of("green", "yellow", "red");

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Light fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
