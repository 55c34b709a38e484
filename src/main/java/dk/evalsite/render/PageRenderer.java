package dk.evalsite.render;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Merges a view model into a theme template; template errors become diagnostics. */
public final class PageRenderer {
  private final Theme theme;
  private final Diagnostics diagnostics;

  public PageRenderer(Theme theme, Diagnostics diagnostics) {
    this.theme = theme;
    this.diagnostics = diagnostics;
  }

  public Optional<String> render(String templateName, Map<String, Object> model) {
    try {
      Template template = theme.freemarker().getTemplate(templateName);
      StringWriter out = new StringWriter(16 * 1024);
      template.process(model, out);
      return Optional.of(out.toString());
    } catch (ParseException e) {
      report(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
    } catch (TemplateException e) {
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      report(
          e.getTemplateSourceName(),
          line == null ? 0 : line,
          column == null ? 0 : column,
          firstLine(e.getMessageWithoutStackTop()));
    } catch (IOException e) {
      report(templateName, 0, 0, e.getMessage());
    }
    return Optional.empty();
  }

  private void report(String template, int line, int column, String message) {
    Path base =
        theme.dir() == null
            ? Path.of("(built-in theme)", "templates")
            : theme.dir().resolve("templates");
    diagnostics.error(
        "E-THEME-002",
        new SourcePos(base.resolve(template == null ? "?" : template), line, column),
        "template error: " + message,
        "Fix the template; a theme may only display the values evalsite gives it.");
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).trim();
  }
}
