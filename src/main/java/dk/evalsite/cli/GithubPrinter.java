package dk.evalsite.cli;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Prints diagnostics as GitHub Actions workflow commands ({@code ::error file=...,line=...::...}),
 * so a pull request shows each problem on its line.
 */
final class GithubPrinter {
  private final PrintWriter out;
  private final Path cwd;

  GithubPrinter(PrintWriter out, Path cwd) {
    this.out = out;
    this.cwd = cwd;
  }

  void print(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.sorted()) {
      StringBuilder line = new StringBuilder("::").append(d.severity().label());
      line.append(" file=").append(property(DiagnosticPrinter.relative(d.pos().file(), cwd)));
      if (d.pos().hasLine()) {
        line.append(",line=").append(d.pos().line()).append(",col=").append(d.pos().column());
      }
      line.append(",title=").append(property(d.code()));
      String text = d.message() + (d.hint() == null ? "" : "\nhint: " + d.hint());
      out.println(line.append("::").append(data(text)));
    }
    if (diagnostics.omitted() > 0) {
      out.println("... and " + diagnostics.omitted() + " more problems not shown.");
    }
    out.println(DiagnosticPrinter.summary(diagnostics));
    out.flush();
  }

  /** Escapes a message as workflow commands require. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value (file, title), where : and , are separators too. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
