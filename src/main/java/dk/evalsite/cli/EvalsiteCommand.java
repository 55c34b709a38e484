package dk.evalsite.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "evalsite",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Publishes evaluation reports (Markdown narratives + YAML goal data) as a static website.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      DiffCommand.class,
      NewCommand.class
    },
    footer = ExitCodes.HELP)
final class EvalsiteCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Name a command, e.g. `evalsite build` or `evalsite check`.");
  }
}
