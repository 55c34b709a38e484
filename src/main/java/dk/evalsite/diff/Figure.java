package dk.evalsite.diff;

/**
 * One printed figure of a report: which goal row ({@code goal}, null for a figure of the whole
 * report or region), which region (null for a report-wide figure), which value ({@code field}:
 * "attainment", "light", "target" ...), and the text the site prints. {@code light} marks a traffic
 * light; {@code line} is where report.yaml states what it is computed from (0 when it is not one
 * place of the file).
 */
public record Figure(
    String goal, String region, String field, String printed, boolean light, int line) {

  /** What identifies the figure across revisions. */
  String key() {
    return (region == null ? "" : region)
        + "\u0000"
        + (goal == null ? "" : goal)
        + "\u0000"
        + field;
  }

  /** "B3 (sjaelland) attainment", "implementation_mean": how the text formats name it. */
  public String label() {
    StringBuilder out = new StringBuilder();
    if (goal != null) {
      out.append(goal).append(' ');
    }
    if (region != null) {
      out.append('(').append(region).append(") ");
    }
    return out.append(field).toString();
  }
}
