package dk.evalsite.config;

import java.util.List;
import java.util.Locale;

/** Midterm or final evaluation; each has its own attainment bands. */
public enum EvaluationKind {
  FINAL,
  MIDTERM;

  public static final List<String> NAMES = List.of("final", "midterm");

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EvaluationKind fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
