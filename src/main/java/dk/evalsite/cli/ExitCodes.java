package dk.evalsite.cli;

/** Documented exit codes (README, --help). */
final class ExitCodes {
  static final int OK = 0;
  static final int CONTENT_ERRORS = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  static final String HELP =
      "%nExit codes:%n  0  success%n  1  errors in the content (each printed as file:line:col)%n"
          + "  2  usage error (unknown option, bad argument)%n  3  internal error (a bug in evalsite; "
          + "run with --verbose and report it)%n";

  private ExitCodes() {}
}
