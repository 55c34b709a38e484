package dk.evalsite.diag;

/** How bad a problem is: errors fail the build, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
