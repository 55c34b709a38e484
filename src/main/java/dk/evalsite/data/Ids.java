package dk.evalsite.data;

import dk.evalsite.yaml.Fields;
import java.util.regex.Pattern;

/** The shapes ids must have, so they are safe in URLs, HTML attributes and file names. */
final class Ids {
  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern GOAL = Pattern.compile("[A-Z][0-9]{1,3}[a-z]?");

  private Ids() {}

  /**
   * The optional {@code project:} of report.yaml; null when absent or malformed (E-PROJECT-001).
   */
  static String project(Fields f) {
    String id = f.string("project", false);
    if (id != null && !SLUG.matcher(id).matches()) {
      f.diagnostics()
          .error(
              "E-PROJECT-001",
              f.pos("project"),
              "`project: " + id + "` is not a valid project id",
              "Write the same short id in the project's midterm and final evaluation: lower-case"
                  + " letters, digits and hyphens, like `groen-omstilling-2021`.");
      return null;
    }
    return id;
  }

  static String checked(Fields f, String key, Pattern shape, String what) {
    String id = f.string(key, true);
    if (id != null && !shape.matcher(id).matches()) {
      f.diagnostics()
          .error(
              "E-DATA-007",
              f.pos(key),
              "`" + id + "` is not a valid " + what,
              shape == GOAL
                  ? "Goal ids are a capital letter and a number, like A1, B3 or C12."
                  : "Use lower-case letters, digits and hyphens, like `region-sjaelland`.");
      return null;
    }
    return id;
  }
}
