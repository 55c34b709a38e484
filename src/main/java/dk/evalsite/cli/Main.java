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
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new EvalsiteCommand());
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
