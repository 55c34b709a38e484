package dk.evalsite.diag;

/**
 * One problem in the input: a stable code (documented in the README), where it is, what is wrong
 * and how to fix it.
 */
public record Diagnostic(
    String code, Severity severity, SourcePos pos, String message, String hint) {

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
