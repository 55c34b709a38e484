package dk.evalsite.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.io.IOException;
import java.io.Writer;

/**
 * The output of one page, with a budget: a template that loops without end fills memory or runs for
 * ever, so a page may be at most {@code maxChars} long and take at most {@code maxMillis} to write.
 * Exceeding either stops the page with the template position it had reached.
 */
final class PageBudget extends Writer {
  /** Pages of the example site are 20-200 KB; a thousand times that is a runaway template. */
  static final int MAX_CHARS = 32 * 1024 * 1024;

  /** Pages render in milliseconds; a page still writing after this is a runaway template. */
  static final long MAX_MILLIS = 30_000;

  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final int maxChars;
  private final long maxMillis;
  private final long deadline;

  PageBudget(int maxChars, long maxMillis) {
    this.maxChars = maxChars;
    this.maxMillis = maxMillis;
    this.deadline = System.nanoTime() + maxMillis * 1_000_000;
  }

  /** The page stopped: what was exceeded, and where in which template. */
  static final class Exceeded extends IOException {
    final String template;
    final int line;
    final int column;

    Exceeded(String what, TemplateElement at) {
      super(what);
      this.template =
          at == null || at.getTemplate() == null ? null : at.getTemplate().getSourceName();
      this.line = at == null ? 0 : at.getBeginLine();
      this.column = at == null ? 0 : at.getBeginColumn();
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (out.length() + length > maxChars) {
      throw exceeded(
          "the page grew past "
              + maxChars / (1024 * 1024)
              + " MiB of HTML (a loop that does not end, or one over far too much)");
    }
    if (System.nanoTime() > deadline) {
      throw exceeded(
          "the page took more than "
              + duration(maxMillis)
              + " to render (a loop that does not end)");
    }
    out.append(chars, offset, length);
  }

  static String duration(long millis) {
    return millis >= 1000 ? millis / 1000 + " s" : millis + " ms";
  }

  private static Exceeded exceeded(String what) {
    Environment env = Environment.getCurrentEnvironment();
    TemplateElement[] stack =
        env == null ? new TemplateElement[0] : _CoreAPI.getInstructionStackSnapshot(env);
    return new Exceeded(what, stack.length == 0 ? null : stack[0]);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return out.toString();
  }
}
