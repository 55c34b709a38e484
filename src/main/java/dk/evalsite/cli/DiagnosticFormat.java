package dk.evalsite.cli;

import dk.evalsite.diag.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;

/** How diagnostics are printed: for people, for programs, or as GitHub workflow annotations. */
enum DiagnosticFormat {
  TEXT,
  JSON,
  GITHUB;

  /** Prints every diagnostic of {@code diagnostics}, paths relative to {@code cwd}. */
  void print(Diagnostics diagnostics, PrintWriter out, boolean color, Path cwd) {
    switch (this) {
      case TEXT -> new DiagnosticPrinter(out, color, cwd).print(diagnostics);
      case JSON -> new JsonPrinter(out, cwd).print(diagnostics);
      case GITHUB -> new GithubPrinter(out, cwd).print(diagnostics);
    }
  }
}
