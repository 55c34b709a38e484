package dk.evalsite.cli;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.site.BuildResult;
import dk.evalsite.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalsite build}: content/ into site/, all or nothing. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Builds the site. Checks everything first; on any error nothing is written and "
            + "the previous output stays as it was. A later build into the same folder renders "
            + "only what changed.",
    footer = ExitCodes.HELP)
final class BuildCommand implements Callable<Integer> {
  @Mixin SourceOption content;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("site");

  @Option(names = "--drafts", description = "Also publish reports and pages marked `draft: true`.")
  boolean drafts;

  @Option(names = "--strict", description = "Treat warnings as errors: write nothing on a warning.")
  boolean strict;

  @Option(
      names = "--force",
      description =
          "Replace the output folder even if it is not empty and evalsite did not write it.")
  boolean force;

  @Option(
      names = "--clean",
      description =
          "Render everything into a fresh folder, ignoring the build cache "
              + "(.evalsite-cache/ beside the output folder).")
  boolean clean;

  @Mixin GitDatesOption dates;

  @Option(
      names = "--no-pdf",
      description =
          "Skip the reports' PDF editions for this build (quicker); site.yaml's `pdf: false` "
              + "turns them off for good.")
  boolean noPdf;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    String refusal = OutputFolders.refusal(content.source, out, force);
    if (refusal != null) {
      err.println("error: " + refusal);
      err.flush();
      return ExitCodes.USAGE;
    }
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result =
        new SiteBuilder(
                diagnostics,
                drafts,
                new ProgressPrinter(spec.commandLine().getErr(), System.console() != null))
            .gitDates(dates.gitDates)
            .pdf(!noPdf)
            .onWaiting(
                message -> {
                  err.println("evalsite: " + message + " ...");
                  err.flush();
                })
            .build(content.source, out, strict, clean);
    new DiagnosticPrinter(err, common.color(), Path.of("").toAbsolutePath()).print(diagnostics);
    if (!result.written()) {
      err.println(
          "Build failed"
              + (diagnostics.hasErrors() ? "" : " (--strict: warnings count as errors)")
              + ": nothing was written; "
              + out
              + " is unchanged.");
      err.flush();
      return ExitCodes.CONTENT_ERRORS;
    }
    if (result.upToDate()) {
      outWriter.println(
          String.format(
              Locale.ROOT,
              "Up to date: nothing changed since the last build of %s (%d ms; --clean rebuilds).",
              out,
              result.millis()));
      outWriter.flush();
      return ExitCodes.OK;
    }
    String rewritten =
        result.rewritten() == result.files()
            ? ""
            : String.format(
                Locale.ROOT,
                ", %d rewritten; %d of %d pages rendered",
                result.rewritten(),
                result.renderedPages(),
                result.pages());
    outWriter.println(
        String.format(
            Locale.ROOT,
            "Built %d report%s, %d pages (%d files%s) into %s in %d ms.",
            result.reports(),
            result.reports() == 1 ? "" : "s",
            result.pages(),
            result.files(),
            rewritten,
            out,
            result.millis()));
    outWriter.flush();
    return ExitCodes.OK;
  }
}
