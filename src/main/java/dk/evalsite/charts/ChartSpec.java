package dk.evalsite.charts;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a chart shows, as pure data: every value, label and tone decided before drawing. The
 * renderer only lays it out; it computes nothing and picks no thresholds.
 */
public sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Stacked, ChartSpec.EffectChain {

  /** A stable id, unique on its page; prefixes every id inside the SVG. */
  String id();

  /** The accessible name ({@code <title>}). */
  String title();

  /** A one-sentence summary of what the chart shows ({@code <desc>}). */
  String description();

  /** How a bar or area is coloured; every tone is also told by a text label. */
  enum Tone {
    GREEN,
    YELLOW,
    RED,
    NEUTRAL,
    MUTED
  }

  /**
   * Horizontal bars on a value axis. A bar with a null value is shown as its label only ("not
   * collected", "target 0"), muted; a bar beyond the axis end is drawn to the end, broken, and its
   * value text tells the real figure.
   */
  record Bars(
      String id,
      String title,
      String description,
      List<Bar> bars,
      Axis axis,
      List<Line> lines,
      List<Area> areas)
      implements ChartSpec {}

  /** One bar: its label, its real value (null: no bar), the text printed beside it, its tone. */
  record Bar(String label, BigDecimal value, String valueText, Tone tone) {}

  /**
   * The value axis: its range (the drawn end: a bar beyond {@code max} is drawn broken), tick step,
   * a suffix for tick labels (" %") and a caption.
   */
  record Axis(BigDecimal min, BigDecimal max, BigDecimal tick, String tickSuffix, String caption) {}

  /** A reference line (100 %) or marked value (the mean), with its label. */
  record Line(BigDecimal value, String label) {}

  /** A shaded range of the value axis (a band), with its label. */
  record Area(BigDecimal from, BigDecimal to, Tone tone, String label) {}

  /** Counts per category, stacked by series: the portfolio of lights. */
  record Stacked(
      String id, String title, String description, List<String> categories, List<Series> series)
      implements ChartSpec {}

  record Series(String name, Tone tone, List<Integer> counts) {}

  /** The logic model: columns of statements with arrows between them. */
  record EffectChain(String id, String title, String description, List<Column> columns)
      implements ChartSpec {}

  record Column(String title, List<String> items) {}
}
