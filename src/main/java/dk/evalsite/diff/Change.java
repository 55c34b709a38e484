package dk.evalsite.diff;

/**
 * One printed figure that differs between two revisions: {@code old} and {@code new} as the site
 * prints them ("58 %", "Rød"; null when the figure does not exist at that revision). {@code light}
 * marks a traffic light; {@code line} is its place in the newer report.yaml (0 when none).
 */
public record Change(
    String goal, String region, String field, String old, String now, boolean light, int line) {

  public String label() {
    return new Figure(goal, region, field, "", light, line).label();
  }
}
