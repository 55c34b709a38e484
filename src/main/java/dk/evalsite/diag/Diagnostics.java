package dk.evalsite.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a run instead of stopping at the first. Keeps at most {@code cap} of
 * them and counts the rest, so a broken file cannot flood the terminal.
 */
public final class Diagnostics {
  public static final int DEFAULT_CAP = 50;

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> String.valueOf(d.pos().file()))
          .thenComparingInt(d -> d.pos().line())
          .thenComparingInt(d -> d.pos().column())
          .thenComparing(Diagnostic::code);

  private final int cap;
  private final List<Diagnostic> kept = new ArrayList<>();
  private final Set<SourcePos> positions = new HashSet<>();
  private int errors;
  private int warnings;

  public Diagnostics() {
    this(DEFAULT_CAP);
  }

  public Diagnostics(int cap) {
    this.cap = cap;
  }

  public synchronized void add(Diagnostic diagnostic) {
    if (diagnostic.isError()) {
      errors++;
    } else {
      warnings++;
    }
    positions.add(diagnostic.pos());
    if (kept.size() < cap) {
      kept.add(diagnostic);
    }
  }

  /** Whether any problem, kept or not, was reported at exactly {@code pos}. */
  public synchronized boolean reportedAt(SourcePos pos) {
    return positions.contains(pos);
  }

  public void error(String code, SourcePos pos, String message, String hint) {
    add(Diagnostic.error(code, pos, message, hint));
  }

  public void warning(String code, SourcePos pos, String message, String hint) {
    add(Diagnostic.warning(code, pos, message, hint));
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return warnings;
  }

  /** Problems beyond the cap, counted but not kept. */
  public synchronized int omitted() {
    return errors + warnings - kept.size();
  }

  /** The kept problems, sorted by file, line and column so output is stable. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(kept);
    copy.sort(ORDER);
    return Collections.unmodifiableList(copy);
  }
}
