package dk.evalsite.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A bug, not bad input: one line by default, the stack trace with --verbose. */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose =
        parsed.expandedArgs().contains("--verbose") || parsed.expandedArgs().contains("-v");
    var err = cli.getErr();
    if (e instanceof dk.evalsite.site.OutputFailure failure) {
      err.println("error: " + failure.getMessage());
      err.println(
          "hint: make room on the disk or make the folder writable, then build again; the"
              + " previous site was left as it was.");
    } else if (e instanceof java.nio.file.FileSystemException fs) {
      err.println("error: cannot read or write " + fs.getFile() + ": " + reason(fs));
      err.println(
          "hint: check that the file exists, its permissions, and that the disk is not full.");
    } else if (e instanceof java.io.IOException io) {
      err.println("error: a file could not be read or written: " + io.getMessage());
      err.println(
          "hint: check the file's permissions, that the output folder is writable and the disk is not full.");
    } else {
      err.println("internal error: " + e);
      err.println("This is a bug in evalsite. Run again with --verbose and report the output.");
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof java.io.IOException ? ExitCodes.IO_ERROR : ExitCodes.INTERNAL;
  }

  private static String reason(java.nio.file.FileSystemException e) {
    String reason = e.getReason();
    return reason != null ? reason : e.getClass().getSimpleName();
  }
}
