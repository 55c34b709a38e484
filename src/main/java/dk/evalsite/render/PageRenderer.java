package dk.evalsite.render;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.Optional;

/**
 * Merges a typed view model (a record, see {@link PageModel}) into a theme template; template
 * errors, a field the model does not have included, become E-THEME-002 diagnostics at the line of
 * the template file actually used (the theme folder's or the built-in theme's).
 */
public final class PageRenderer {
  private final Theme theme;
  private final Diagnostics diagnostics;

  public PageRenderer(Theme theme, Diagnostics diagnostics) {
    this.theme = theme;
    this.diagnostics = diagnostics;
  }

  public Optional<String> render(String templateName, Object model) {
    return render(templateName, model, PageBudget.MAX_CHARS, PageBudget.MAX_MILLIS);
  }

  /** As {@link #render(String, Object)}, within a budget of output and time for the page. */
  Optional<String> render(String templateName, Object model, int maxChars, long maxMillis) {
    try {
      Template template = theme.freemarker().getTemplate(templateName);
      PageBudget out = new PageBudget(maxChars, maxMillis);
      Environment env = template.createProcessingEnvironment(model, out);
      env.setTemplateProcessingTracer(new RenderGuard(maxMillis));
      env.process();
      return Optional.of(out.toString());
    } catch (RenderGuard.Stopped e) {
      stopped(e);
    } catch (PageBudget.Exceeded e) {
      report(
          "E-THEME-003",
          e.template == null ? templateName : e.template,
          e.line,
          e.column,
          e.getMessage(),
          "Make the loop end, or loop over what the view gives (docs/theme-model.md).");
    } catch (StackOverflowError e) {
      // Freemarker recurses in Java for each macro or function call: one that calls itself
      // without end exhausts the stack before any position can be kept.
      report(
          "E-THEME-003",
          templateName,
          0,
          0,
          "the template (or a template it imports) recursed too deeply: a macro or function"
              + " that calls itself without end",
          "Give the recursion an end (a condition on a shorter list or a smaller number).");
    } catch (ParseException e) {
      report(
          e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), HINT);
    } catch (TemplateException e) {
      if (e.getCause() instanceof RenderGuard.Stopped stop) {
        stopped(stop); // thrown inside a directive, which wrapped it
        return Optional.empty();
      }
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      report(
          e.getTemplateSourceName(),
          line == null ? 0 : line,
          column == null ? 0 : column,
          firstLine(e.getMessageWithoutStackTop()),
          e instanceof StrictRecordWrapper.UnknownFieldException ? UNKNOWN_FIELD_HINT : HINT);
    } catch (IOException e) {
      report(templateName, 0, 0, e.getMessage(), HINT);
    }
    return Optional.empty();
  }

  private void stopped(RenderGuard.Stopped e) {
    boolean deep = e.getMessage().contains("deep");
    report(
        "E-THEME-003",
        e.at.getTemplate() == null ? null : e.at.getTemplate().getSourceName(),
        e.at.getBeginLine(),
        e.at.getBeginColumn(),
        e.getMessage(),
        deep
            ? "Give the recursion an end (a condition on a shorter list or a smaller number)."
            : "Make the loop end, or loop over what the view gives (docs/theme-model.md).");
  }

  private static final String HINT =
      "Fix the template; a theme may only display the values evalsite gives it.";
  private static final String UNKNOWN_FIELD_HINT =
      "Use one of the fields listed (check the spelling); docs/theme-model.md lists every"
          + " variable each template receives and every field of each view.";

  private void report(String template, int line, int column, String message, String hint) {
    report("E-THEME-002", template, line, column, "template error: " + message, hint);
  }

  private void report(
      String code, String template, int line, int column, String message, String hint) {
    diagnostics.error(
        code,
        new SourcePos(theme.templateFile(template == null ? "?" : template), line, column),
        message,
        hint);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).trim();
  }
}
