package dk.evalsite.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces of internal errors.")
  boolean verbose;

  @Option(
      names = "--no-color",
      description = "Never colour the output (also when NO_COLOR is set).")
  boolean noColor;

  boolean color() {
    return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
  }
}
