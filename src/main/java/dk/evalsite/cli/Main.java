package dk.evalsite.cli;

import picocli.CommandLine;

/** Entry point; the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs evalsite and returns its exit code (see {@link ExitCodes}). */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Not a content error (exit 1) and not worth a stack trace: say what to do instead.
      cli.getErr()
          .println(
              "error: evalsite ran out of memory ("
                  + (e.getMessage() == null ? "heap exhausted" : e.getMessage())
                  + ").");
      cli.getErr()
          .println("hint: give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx4g ./evalsite build");
      cli.getErr().flush();
      return ExitCodes.INTERNAL;
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new EvalsiteCommand());
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // UTF-8 whatever the machine's locale: json and github output are read by programs, and
    // Danish letters must not turn into "?" under LANG=C.
    cli.setOut(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
            true));
    cli.setErr(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
            true));
    return cli;
  }
}
