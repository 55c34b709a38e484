package dk.evalsite.serve;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;
import java.util.List;

/**
 * The error overlay the preview lays over the last good page: the same {@code path:line:col:
 * error[CODE]: message} lines and hints as the command line.
 */
final class Overlay {
  private final Path base;

  /** Paths are shown relative to {@code base}, as the command line shows them. */
  Overlay(Path base) {
    this.base = base.toAbsolutePath();
  }

  String html(List<Diagnostic> problems) {
    StringBuilder out = new StringBuilder();
    out.append("<div id=\"evalsite-overlay\" role=\"alertdialog\" aria-modal=\"true\" ")
        .append(
            "aria-labelledby=\"evalsite-overlay-title\" style=\"position:fixed;inset:0;z-index:2147483647;")
        .append("overflow:auto;background:rgba(20,24,30,.92);color:#fff;")
        .append("font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem\">")
        .append(
            "<h2 id=\"evalsite-overlay-title\" style=\"margin:0 0 1rem;font-size:1.25rem;color:#ffd24d\">")
        .append(
            "The site could not be rebuilt – showing the last good version</h2><ol style=\"padding-left:1.2rem\">");
    for (Diagnostic d : problems) {
      out.append("<li style=\"margin-bottom:1rem\"><span style=\"color:")
          .append(d.isError() ? "#ff9b9b" : "#ffd24d")
          .append("\">")
          .append(escape(position(d.pos())))
          .append(": ")
          .append(d.severity().label())
          .append("[")
          .append(escape(d.code()))
          .append("]</span>: ")
          .append(escape(d.message()));
      if (d.hint() != null) {
        out.append("<br><span style=\"color:#c9d1d9\">hint: ")
            .append(escape(d.hint()))
            .append("</span>");
      }
      out.append("</li>");
    }
    out.append(
        "</ol><p style=\"color:#c9d1d9\">Fix the file and save: this page updates by itself.</p></div>");
    return out.toString();
  }

  private String position(SourcePos pos) {
    Path file = pos.file();
    if (file != null && file.isAbsolute() && file.startsWith(base)) {
      file = base.relativize(file);
    }
    return pos.hasLine() ? file + ":" + pos.line() + ":" + pos.column() : String.valueOf(file);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
