package dk.evalsite.cli;

import dk.evalsite.site.Progress;
import java.io.PrintWriter;

/**
 * Shows how far a long build has got. On a terminal, one line rewritten in place (and cleared at
 * the end); otherwise, as in CI logs, a plain line at each quarter, with no control codes.
 */
final class ProgressPrinter implements Progress {
  /** Builds with fewer reports than this finish before a progress line would help. */
  static final int MIN_ITEMS = 50;

  /** Documentation pages are quicker: a line helps from this many. */
  static final int MIN_PAGES = 500;

  private final PrintWriter err;
  private final boolean terminal;
  private long lastDraw;
  private int lastQuarter = -1;
  private String lastStage = "";

  ProgressPrinter(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void step(String stage, int done, int total) {
    if (total < (stage.endsWith(" pages") ? MIN_PAGES : MIN_ITEMS)) {
      return;
    }
    if (!stage.equals(lastStage)) {
      lastStage = stage;
      lastQuarter = -1;
    }
    if (terminal) {
      long now = System.nanoTime();
      if (done == total || now - lastDraw > 100_000_000L) {
        lastDraw = now;
        err.print("\r\u001b[K" + stage + " " + done + "/" + total);
        if (done == total) {
          err.print("\r\u001b[K");
        }
        err.flush();
      }
      return;
    }
    int quarter = done * 4 / total;
    if (quarter > lastQuarter) {
      lastQuarter = quarter;
      err.println(stage + ": " + done + "/" + total);
      err.flush();
    }
  }
}
