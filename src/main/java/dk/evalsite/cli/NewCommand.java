package dk.evalsite.cli;

import dk.evalsite.site.Starter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evalsite new}: a starter site, or a new report to fill in. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Writes a starter site or a new report. Every value to fill in is marked TODO;"
            + " `evalsite check` lists each one (W-TODO-001). Never overwrites a file.",
    subcommands = {NewCommand.NewReport.class, NewCommand.NewSite.class},
    footer = ExitCodes.HELP)
final class NewCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "Name what to create: `evalsite new report SLUG` or `evalsite new site DIR`.");
  }

  static int report(PrintWriter out, PrintWriter err, List<Path> written) {
    written.forEach(p -> out.println("wrote " + p));
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code evalsite new report SLUG}. */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description =
          "Writes reports/SLUG/ in the content folder: report.yaml with every required field and"
              + " one narrative per chapter, placeholders marked TODO.")
  static final class NewReport implements Callable<Integer> {
    @Parameters(
        paramLabel = "SLUG",
        description = "Folder name of the report (lowercase letters, digits, hyphens).")
    String slug;

    @Option(
        names = "--kind",
        paramLabel = "KIND",
        description = "midterm or final (default: ${DEFAULT-VALUE}).")
    String kind = "final";

    @Option(
        names = "--language",
        paramLabel = "LANG",
        description = "da or en (default: ${DEFAULT-VALUE}).")
    String language = "da";

    @Mixin SourceOption content;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      String problem =
          !slug.matches("[a-z0-9][a-z0-9-]*")
              ? "`" + slug + "` is not a report slug: use lowercase letters, digits and hyphens"
              : !List.of("midterm", "final").contains(kind)
                  ? "--kind must be midterm or final"
                  : !List.of("da", "en").contains(language) ? "--language must be da or en" : null;
      if (problem != null) {
        err.println("error: " + problem);
        err.flush();
        return ExitCodes.USAGE;
      }
      try {
        return report(
            spec.commandLine().getOut(), err, Starter.report(content.source, slug, kind, language));
      } catch (FileAlreadyExistsException e) {
        err.println("error: " + e.getMessage() + "; nothing was written");
        err.flush();
        return ExitCodes.USAGE;
      } catch (IOException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return ExitCodes.IO_ERROR;
      }
    }
  }

  /** {@code evalsite new site DIR}. */
  @Command(
      name = "site",
      mixinStandardHelpOptions = true,
      description =
          "Writes a starter site in DIR: content/site.yaml, content/scoring.yaml, one page, an"
              + " empty content/reports/, and a .gitignore for site/ and .evalsite-cache/.")
  static final class NewSite implements Callable<Integer> {
    @Parameters(
        paramLabel = "DIR",
        description = "Folder of the new site (the root of its repository).")
    Path dir;

    @Option(
        names = "--language",
        paramLabel = "LANG",
        description = "da or en (default: ${DEFAULT-VALUE}).")
    String language = "da";

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (!List.of("da", "en").contains(language)) {
        err.println("error: --language must be da or en");
        err.flush();
        return ExitCodes.USAGE;
      }
      try {
        return report(spec.commandLine().getOut(), err, Starter.site(dir, language));
      } catch (FileAlreadyExistsException e) {
        err.println("error: " + e.getMessage() + "; stopped there");
        err.flush();
        return ExitCodes.USAGE;
      } catch (IOException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return ExitCodes.IO_ERROR;
      }
    }
  }
}
