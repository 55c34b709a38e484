package dk.evalsite.diag;

/**
 * One problem in the input: a stable code (documented in the README), where it is, what is wrong
 * and how to fix it, and the stage of the build that found it ("load", "validate"...; empty when
 * found outside a build).
 */
public record Diagnostic(
    String code, Severity severity, SourcePos pos, String message, String hint, String stage) {

  public Diagnostic(String code, Severity severity, SourcePos pos, String message, String hint) {
    this(code, severity, pos, message, hint, "");
  }

  /** This problem, as found by {@code stage}. */
  public Diagnostic inStage(String stage) {
    return new Diagnostic(code, severity, pos, message, hint, stage);
  }

  public static Diagnostic error(String code, SourcePos pos, String message, String hint) {
    return new Diagnostic(code, Severity.ERROR, pos, message, hint);
  }

  public static Diagnostic warning(String code, SourcePos pos, String message, String hint) {
    return new Diagnostic(code, Severity.WARNING, pos, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
