package dk.evalsite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source}, the content folder every command reads. */
final class SourceOption {
  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path source = Path.of("content");
}
