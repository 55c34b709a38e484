package dk.evalsite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics as one JSON document: counts, then every kept diagnostic with code, severity,
 * file (relative to the working folder), line, column, message, hint and the build stage that found
 * it (scan, settings, load, validate, score, render, index, assets, sitemap, links).
 */
final class JsonPrinter {
  private final PrintWriter out;
  private final Path cwd;

  JsonPrinter(PrintWriter out, Path cwd) {
    this.out = out;
    this.cwd = cwd;
  }

  void print(Diagnostics diagnostics) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("errors", diagnostics.errorCount());
    root.put("warnings", diagnostics.warningCount());
    root.put("omitted", diagnostics.omitted());
    List<Map<String, Object>> list = new ArrayList<>();
    for (Diagnostic d : diagnostics.sorted()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", d.code());
      item.put("severity", d.severity().label());
      item.put("file", DiagnosticPrinter.relative(d.pos().file(), cwd));
      item.put("line", d.pos().hasLine() ? d.pos().line() : null);
      item.put("column", d.pos().hasLine() ? d.pos().column() : null);
      item.put("message", d.message());
      item.put("hint", d.hint());
      item.put("stage", d.stage().isEmpty() ? null : d.stage());
      list.add(item);
    }
    root.put("diagnostics", list);
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("diagnostics as JSON", e);
    }
    out.flush();
  }
}
