package dk.evalsite.cli;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints diagnostics as {@code path:line:col: error[CODE]: message}, the source line with a caret
 * under the column, and the hint.
 */
final class DiagnosticPrinter {
  private final PrintWriter out;
  private final boolean color;
  private final Path cwd;

  DiagnosticPrinter(PrintWriter out, boolean color, Path cwd) {
    this.out = out;
    this.color = color;
    this.cwd = cwd;
  }

  void print(Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.sorted()) {
      print(d);
    }
    if (diagnostics.omitted() > 0) {
      out.println("... and " + diagnostics.omitted() + " more problems not shown.");
    }
    if (diagnostics.errorCount() + diagnostics.warningCount() > 0) {
      out.println(summary(diagnostics));
    }
    out.flush();
  }

  /** "1 error, 2 warnings." */
  static String summary(Diagnostics diagnostics) {
    return count(diagnostics.errorCount(), "error")
        + ", "
        + count(diagnostics.warningCount(), "warning")
        + ".";
  }

  /**
   * {@code text} safe for a terminal: control characters (a newline or escape sequence in a file
   * name, say) and bidirectional overrides are written as escapes, {@code \\n}, {@code \\x1b},
   * {@code \\u202e}, so a name can neither break a line nor move the cursor, recolour or reorder
   * the text.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped =
          switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default ->
                Character.isISOControl(c)
                    ? String.format("\\x%02x", (int) c)
                    : (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                        ? String.format("\\u%04x", (int) c)
                        : null;
          };
      if (escaped != null && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(escaped != null ? escaped : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code file} as printed: relative to {@code cwd} when inside it. */
  static String relative(Path file, Path cwd) {
    if (file != null && file.isAbsolute() && file.startsWith(cwd)) {
      return cwd.relativize(file).toString();
    }
    return String.valueOf(file);
  }

  void print(Diagnostic d) {
    String label = d.severity().label();
    String head =
        color ? (d.isError() ? "\u001b[1;31m" : "\u001b[1;33m") + label + "\u001b[0m" : label;
    out.println(
        escape(display(d.pos())) + ": " + head + "[" + d.code() + "]: " + escape(d.message()));
    sourceLine(d.pos())
        .map(DiagnosticPrinter::escape)
        .ifPresent(
            line -> {
              out.println("  | " + line);
              out.println(
                  "  | " + " ".repeat(Math.max(0, caretColumn(line, d.pos().column()) - 1)) + "^");
            });
    if (d.hint() != null) {
      out.println("  hint: " + escape(d.hint()));
    }
  }

  private String display(SourcePos pos) {
    String file = relative(pos.file(), cwd);
    return pos.hasLine() ? file + ":" + pos.line() + ":" + pos.column() : file;
  }

  private static java.util.Optional<String> sourceLine(SourcePos pos) {
    if (!pos.hasLine() || pos.file() == null || !Files.isRegularFile(pos.file())) {
      return java.util.Optional.empty();
    }
    try {
      if (Files.size(pos.file()) > 8 * 1024 * 1024) {
        return java.util.Optional.empty();
      }
      List<String> lines = Files.readAllLines(pos.file(), StandardCharsets.UTF_8);
      if (pos.line() > lines.size()) {
        return java.util.Optional.empty();
      }
      String line = lines.get(pos.line() - 1).replace('\t', ' ').replace("\uFEFF", "");
      return java.util.Optional.of(line.length() > 200 ? line.substring(0, 200) + "…" : line);
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static int caretColumn(String line, int column) {
    return Math.min(Math.max(column, 1), line.length() + 1);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
