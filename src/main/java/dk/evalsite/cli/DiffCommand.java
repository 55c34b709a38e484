package dk.evalsite.cli;

import dk.evalsite.diff.ContentFiles;
import dk.evalsite.diff.Revision;
import dk.evalsite.diff.Revisions;
import dk.evalsite.diff.SiteDiff;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evalsite diff}: which printed figures and lights two revisions of the site differ in. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compares the figures two revisions of the site print: every goal row, verdict, light,"
            + " budget and survey figure that changed, reports added and removed, narratives"
            + " changed. Revisions are read from git, nothing is checked out. Default: the merge"
            + " base of HEAD with the default branch against the working tree; one revision:"
            + " it against the working tree.",
    footer = ExitCodes.HELP)
final class DiffCommand implements Callable<Integer> {
  /** What makes the command fail (exit 1). */
  enum FailOn {
    LIGHT_CHANGE,
    FIGURE_CHANGE
  }

  @Parameters(
      arity = "0..2",
      paramLabel = "REV",
      description = "Revisions to compare (git names: HEAD~1, main, a commit id).")
  List<String> revisions = List.of();

  @Mixin SourceOption content;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), markdown (a pull-request comment), json or github (annotations on the"
              + " report.yaml lines whose change moves a light).")
  DiffPrinter.Format format = DiffPrinter.Format.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      converter = FailOnConverter.class,
      description =
          "Exit 1 when a light moved (light-change) or any printed figure changed (figure-change).")
  FailOn failOn;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SiteDiff diff;
    try (Revisions repo = Revisions.open(content.source)) {
      ContentFiles old =
          revisions.isEmpty() ? repo.at(repo.mergeBase()) : repo.at(revisions.get(0));
      ContentFiles now = revisions.size() == 2 ? repo.at(revisions.get(1)) : repo.workingTree();
      diff = SiteDiff.of(Revision.load(old, content.source), Revision.load(now, content.source));
    } catch (Revisions.NotARepository e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    new DiffPrinter(out, content.source).print(diff, format);
    boolean failed =
        failOn == FailOn.LIGHT_CHANGE
            ? diff.movesALight()
            : failOn == FailOn.FIGURE_CHANGE && diff.changesAFigure();
    return failed ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
  }

  /** "light-change" and "figure-change", as the option is written. */
  static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return switch (value) {
        case "light-change" -> FailOn.LIGHT_CHANGE;
        case "figure-change" -> FailOn.FIGURE_CHANGE;
        default ->
            throw new picocli.CommandLine.TypeConversionException(
                "`" + value + "` is not one of light-change, figure-change");
      };
    }
  }
}
