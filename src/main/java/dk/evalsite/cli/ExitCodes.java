package dk.evalsite.cli;

/** Documented exit codes (README, --help). */
final class ExitCodes {
  static final int OK = 0;
  static final int CONTENT_ERRORS = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;
  static final int IO_ERROR = 4;

  static final String HELP =
      "%nExit codes:%n  0  success (warnings may have been printed)%n"
          + "  1  errors in the content, each as file:line:col (--strict: warnings too)%n"
          + "  2  usage error (unknown option, bad argument, dangerous output folder)%n  3  internal error (a bug in evalsite; "
          + "run with --verbose and report it)%n"
          + "  4  a file could not be read or written (full disk, permissions): the message names"
          + " it; the previous site is left as it was%n";

  private ExitCodes() {}
}
