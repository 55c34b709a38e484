package dk.evalsite.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a run instead of stopping at the first. Shows at most {@code cap} of
 * them, errors before warnings, and counts the rest, so a broken file cannot flood the terminal and
 * a flood of warnings cannot hide an error. Which ones are shown does not depend on the order they
 * arrived in, so parallel builds report the same problems every time.
 */
public final class Diagnostics {
  public static final int DEFAULT_CAP = 50;

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> String.valueOf(d.pos().file()))
          .thenComparingInt(d -> d.pos().line())
          .thenComparingInt(d -> d.pos().column())
          .thenComparing(Diagnostic::code);

  /** Beyond this many, problems are only counted: a bound on memory, not on what is shown. */
  static final int HELD = 20_000;

  private final int cap;
  private final List<Diagnostic> kept = new ArrayList<>();
  private final Set<SourcePos> positions = new HashSet<>();
  private int errors;
  private int warnings;
  private String stage = "";

  public Diagnostics() {
    this(DEFAULT_CAP);
  }

  public Diagnostics(int cap) {
    this.cap = cap;
  }

  /**
   * Tags the problems added from now on that know no stage of their own with {@code stage}: the
   * build's stages run one after another, and each names itself here.
   */
  public synchronized void stage(String stage) {
    this.stage = stage;
  }

  public synchronized void add(Diagnostic diagnostic) {
    if (diagnostic.stage().isEmpty() && !stage.isEmpty()) {
      diagnostic = diagnostic.inStage(stage);
    }
    if (diagnostic.isError()) {
      errors++;
    } else {
      warnings++;
    }
    positions.add(diagnostic.pos());
    if (kept.size() < HELD) {
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

  /** Every problem held, in arrival order: to pass one collector's problems on to another. */
  public synchronized List<Diagnostic> all() {
    return List.copyOf(kept);
  }

  /** Problems beyond the cap, counted but not shown. */
  public synchronized int omitted() {
    return errors + warnings - shown().size();
  }

  /**
   * The problems to show: errors first, then warnings, each sorted by file, line and column, at
   * most {@code cap} of them.
   */
  public synchronized List<Diagnostic> sorted() {
    return Collections.unmodifiableList(shown());
  }

  private List<Diagnostic> shown() {
    List<Diagnostic> all = new ArrayList<>(kept);
    all.sort(Comparator.comparing((Diagnostic d) -> !d.isError()).thenComparing(ORDER));
    List<Diagnostic> shown = new ArrayList<>(all.subList(0, Math.min(cap, all.size())));
    shown.sort(ORDER);
    return shown;
  }
}
