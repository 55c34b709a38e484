package dk.evalsite.cli;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evalsite check}: every check {@code build} runs, through the same code path (the site is
 * loaded, checked, scored and rendered in memory), and nothing written.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Checks the content as a build would, without writing anything. Lists every problem "
            + "with file:line:col and a hint.",
    footer = ExitCodes.HELP)
final class CheckCommand implements Callable<Integer> {
  @Mixin SourceOption content;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "How to print problems: text (default), json or github (workflow annotations).")
  DiagnosticFormat format = DiagnosticFormat.TEXT;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
  boolean strict;

  @Option(names = "--drafts", description = "Also check reports and pages marked `draft: true`.")
  boolean drafts;

  @Mixin GitDatesOption dates;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Diagnostics diagnostics = new Diagnostics();
    new SiteBuilder(
            diagnostics,
            drafts,
            new ProgressPrinter(spec.commandLine().getErr(), System.console() != null))
        .gitDates(dates.gitDates)
        .check(content.source);
    format.print(diagnostics, out, common.color(), Path.of("").toAbsolutePath());
    if (format == DiagnosticFormat.TEXT
        && diagnostics.errorCount() + diagnostics.warningCount() == 0) {
      out.println("No problems found in " + content.source + ".");
    }
    out.flush();
    boolean failed = diagnostics.hasErrors() || (strict && diagnostics.warningCount() > 0);
    return failed ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
  }
}
