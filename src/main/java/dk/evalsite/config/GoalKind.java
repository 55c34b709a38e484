package dk.evalsite.config;

import java.util.List;
import java.util.Locale;

/** The three goal tables of the template: activity (A1..), output (B1..), effect (C1..). */
public enum GoalKind {
  ACTIVITY,
  OUTPUT,
  EFFECT;

  public static final List<String> NAMES = List.of("activity", "output", "effect");

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static GoalKind fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
