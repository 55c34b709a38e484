package dk.evalsite.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;

/**
 * Follows a page's rendering element by element (Freemarker's tracer) and stops it, at the element
 * it has reached, when its templates nest too deep (a macro or function that calls itself without
 * end, stopped before Java's stack runs out) or when the page's time is up (a loop that does not
 * end, even one that writes nothing: {@link GuardedConfiguration} makes every turn of a loop enter
 * an element).
 */
final class RenderGuard implements TemplateProcessingTracer {
  /** Pages of the default theme nest about 30 elements deep; a recursion of 150 levels is far. */
  static final int MAX_DEPTH = 600;

  /** The clock is read once in this many elements; reading it is dearer than the rest. */
  private static final int CLOCK_EVERY = 256;

  /** Why the page stopped, and at which element. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TracedElement at;

    Stopped(String what, TracedElement at) {
      super(what, null, false, false);
      this.at = at;
    }
  }

  private final long maxMillis;
  private final long deadline;
  private int depth;
  private int entered;

  RenderGuard(long maxMillis) {
    this.maxMillis = maxMillis;
    this.deadline = System.nanoTime() + maxMillis * 1_000_000;
  }

  @Override
  public void enterElement(Environment env, TracedElement element) {
    if (++depth > MAX_DEPTH) {
      throw new Stopped(
          "the templates nest more than "
              + MAX_DEPTH
              + " elements deep: a macro or function that calls itself without end",
          element);
    }
    if (++entered % CLOCK_EVERY == 0 && System.nanoTime() > deadline) {
      throw new Stopped(
          "the page took more than "
              + PageBudget.duration(maxMillis)
              + " to render (a loop that does not end)",
          element);
    }
  }

  @Override
  public void exitElement(Environment env, TracedElement element) {
    depth--;
  }
}
