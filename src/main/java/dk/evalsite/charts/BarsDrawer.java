package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Area;
import dk.evalsite.charts.ChartSpec.Bar;
import dk.evalsite.charts.ChartSpec.Bars;
import dk.evalsite.charts.ChartSpec.Line;
import dk.evalsite.charts.ChartSpec.Tone;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars with reference lines and shaded bands, laid out for one width.
 *
 * <p>Wide, short labels stand left of their bars and each value label right of its bar's end, moved
 * past any reference line it would cross; the scale leaves room for the longest. Narrow (and wide
 * when a label would need more than two lines), each bar's label and value stand on a line above it
 * and the bars use the whole width; reference lines are then drawn beside the bars only, never
 * through a label. A bar beyond the axis end is drawn to the end, broken, and its label tells the
 * real figure. A bar without a value is its label only, muted.
 */
final class BarsDrawer {
  static final int PAD = 4;

  /** Sizes of tick and line labels, and of category and value labels (px, never scaled down). */
  static final int SMALL = 12;

  static final int TEXT = 13;
  static final int LINE = 17;
  static final int GAP = 6;
  static final double LABEL_SHARE = 0.32;

  private final Bars spec;
  private final PixelCanvas canvas;
  private final double min;
  private final double max;
  private final DecimalFormat tickFormat;

  BarsDrawer(Bars spec, PixelCanvas canvas) {
    this.spec = spec;
    this.canvas = canvas;
    this.min = spec.axis().min().doubleValue();
    this.max = spec.axis().max().doubleValue();
    String suffix = spec.axis().tickSuffix();
    this.tickFormat =
        new DecimalFormat(
            "0.##" + (suffix.isEmpty() ? "" : "'" + suffix + "'"),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** Draws the chart as the variant {@code variant} with svg id {@code id}. */
  String draw(String id, String variant, boolean narrow) {
    int width = canvas.width();
    double labelMax = LABEL_SHARE * width;
    List<List<String>> labels = new ArrayList<>();
    double labelWidth = 0;
    boolean above = narrow;
    for (Bar bar : spec.bars()) {
      List<String> lines = PixelCanvas.wrap(bar.label(), TEXT, narrow ? width - 2 * PAD : labelMax);
      labels.add(lines);
      above |= lines.size() > 2;
      for (String l : lines) {
        labelWidth = Math.max(labelWidth, PixelCanvas.measure(l, TEXT));
      }
    }

    if (above && !narrow) {
      // Labels above the bars have the whole width.
      labels.replaceAll(l -> PixelCanvas.wrap(String.join(" ", l), TEXT, width - 2 * PAD));
    }
    double right = width - PAD;
    double x0 = above ? PAD + 1 : PAD + labelWidth + 10;
    double scale = (right - x0) / (max - min);
    double highestLine =
        spec.lines().stream().mapToDouble(l -> l.value().doubleValue()).max().orElse(min);
    if (!above) {
      // Room right of every bar for its label, past the reference lines a short bar's label
      // would otherwise cross.
      for (Bar bar : spec.bars()) {
        double end = Math.max(drawn(bar), Math.min(highestLine, max));
        double room = right - x0 - GAP - PixelCanvas.measure(bar.valueText(), TEXT);
        if (end > min) {
          scale = Math.min(scale, room / (end - min));
        }
      }
    }
    final double origin = x0;
    final double s = scale;
    java.util.function.DoubleUnaryOperator x = v -> origin + (Math.min(v, max) - min) * s;

    // Tick labels above the axis line, thinned until they cannot touch.
    double y = PAD;
    double tickBase = y + 13;
    double axisY = tickBase + 9; // clear of the labels' descenders
    double step = spec.axis().tick().doubleValue();
    double widest = 0;
    for (double v = min; v <= max + 1e-9; v += step) {
      widest = Math.max(widest, PixelCanvas.measure(tick(v), SMALL));
    }
    int every = 1;
    while (step * every * s < widest + 10) {
      every++;
    }
    List<double[]> tickSpans = new ArrayList<>();
    int n = 0;
    for (double v = min; v <= max + 1e-9; v += step, n++) {
      if (n % every != 0) {
        continue;
      }
      String label = tick(v);
      double w = PixelCanvas.measure(label, SMALL);
      double left = Math.max(PAD, Math.min(width - PAD - w, x.applyAsDouble(v) - w / 2));
      if (!tickSpans.isEmpty() && left < tickSpans.get(tickSpans.size() - 1)[1] + 8) {
        continue; // the last label, kept inside the chart, would touch the one before
      }
      tickSpans.add(new double[] {left, left + w});
      canvas.text(label, left, tickBase, SMALL, Palette.MUTED_TEXT);
    }

    y = axisY;
    double bandsBase = 0;
    if (!spec.areas().isEmpty()) {
      bandsBase = y + 16;
      y += 22;
    }
    double rowsTop = y + 4;
    y = rowsTop;

    // Rows: where each bar and each label goes.
    List<double[]> barBands = new ArrayList<>();
    List<Runnable> bars = new ArrayList<>();
    List<Runnable> texts = new ArrayList<>();
    for (int i = 0; i < spec.bars().size(); i++) {
      Bar bar = spec.bars().get(i);
      List<String> lines = labels.get(i);
      Color valueColour = bar.value() == null ? Palette.MUTED_TEXT : Palette.TEXT;
      double valueWidth = PixelCanvas.measure(bar.valueText(), TEXT);
      if (above) {
        double base = y + 13;
        for (int l = 0; l < lines.size(); l++) {
          String text = lines.get(l);
          double lb = base + l * LINE;
          texts.add(() -> canvas.text(text, PAD, lb, TEXT, Palette.TEXT));
        }
        double lastWidth = PixelCanvas.measure(lines.get(lines.size() - 1), TEXT);
        double valueX = PAD + lastWidth + 10;
        double valueBase = base + (lines.size() - 1) * LINE;
        List<String> valueLines = List.of(bar.valueText());
        if (lines.size() > 1 || valueX + valueWidth > width - PAD) {
          // On lines of its own below the label, wrapped if need be.
          valueX = PAD;
          valueBase += LINE;
          valueLines = PixelCanvas.wrap(bar.valueText(), TEXT, width - 2 * PAD);
        }
        for (int l = 0; l < valueLines.size(); l++) {
          String text = valueLines.get(l);
          double vx = valueX;
          double vb = valueBase + l * LINE;
          texts.add(() -> canvas.text(text, vx, vb, TEXT, valueColour));
        }
        y = valueBase + (valueLines.size() - 1) * LINE + 8;
        if (bar.value() != null) {
          double top = y;
          barBands.add(new double[] {top - 2, top + 14 + 2});
          bars.add(() -> drawBar(bar, origin, x, top, 14));
          y += 14;
        }
        y += 12;
      } else {
        double rowHeight = Math.max(18 + 12, lines.size() * LINE + 8);
        double centre = y + rowHeight / 2;
        double first = centre - (lines.size() * LINE) / 2.0 + 13;
        for (int l = 0; l < lines.size(); l++) {
          String text = lines.get(l);
          double lb = first + l * LINE;
          texts.add(() -> canvas.text(text, PAD, lb, TEXT, Palette.TEXT));
        }
        double tx = (bar.value() == null ? origin : x.applyAsDouble(drawn(bar))) + GAP;
        for (Line line : sortedLines()) {
          double lx = x.applyAsDouble(line.value().doubleValue());
          if (tx - 3 < lx && lx < tx + valueWidth + 3) {
            tx = lx + GAP;
          }
        }
        double vx = tx;
        double vb = centre + 4.5;
        texts.add(() -> canvas.text(bar.valueText(), vx, vb, TEXT, valueColour));
        if (bar.value() != null) {
          double top = centre - 9;
          bars.add(() -> drawBar(bar, origin, x, top, 18));
        }
        y += rowHeight;
      }
    }
    double rowsBottom = y;

    // Shaded bands behind everything, their labels at the top.
    for (Area area : spec.areas()) {
      double from = x.applyAsDouble(area.from().doubleValue());
      double to = x.applyAsDouble(area.to().doubleValue());
      canvas.box(from, axisY, to - from, rowsBottom - axisY, Palette.tint(area.tone()));
      if (PixelCanvas.measure(area.label(), SMALL) <= to - from - 4) {
        canvas.textCentred(area.label(), (from + to) / 2, bandsBase, SMALL, Palette.TEXT, PAD);
      }
    }
    // The axis line with its ticks.
    canvas.line(origin, axisY, x.applyAsDouble(max), axisY, Palette.BOX_EDGE, 1f);
    n = 0;
    for (double v = min; v <= max + 1e-9; v += step, n++) {
      if (n % every == 0) {
        double tx = x.applyAsDouble(v);
        canvas.line(tx, axisY - 3, tx, axisY, Palette.BOX_EDGE, 1f);
      }
    }
    if (!above) {
      canvas.line(origin, axisY, origin, rowsBottom, Palette.BOX_EDGE, 1f);
    }
    bars.forEach(Runnable::run);

    // Reference lines: through the rows when labels stand beside the bars, else beside each bar
    // only; their labels below, on a second line when two would touch.
    double labelBase = rowsBottom + 20;
    List<double[]> taken = new ArrayList<>();
    double bottom = rowsBottom;
    for (Line line : sortedLines()) {
      double lx = x.applyAsDouble(line.value().doubleValue());
      if (above) {
        for (double[] band : barBands) {
          canvas.line(lx, band[0], lx, band[1], Palette.REFERENCE, 1.5f);
        }
      } else {
        canvas.line(lx, rowsTop - 4, lx, rowsBottom + 2, Palette.REFERENCE, 1.5f);
      }
      double w = PixelCanvas.measure(line.label(), SMALL);
      double left = Math.max(PAD, Math.min(width - PAD - w, lx - w / 2));
      double base = labelBase;
      for (double[] t : taken) {
        if (left < t[1] + 6 && t[0] < left + w + 6 && t[2] >= base) {
          base = t[2] + LINE;
        }
      }
      taken.add(new double[] {left, left + w, base});
      canvas.line(lx, rowsBottom + 2, lx, base - 14, Palette.REFERENCE, 1.5f);
      canvas.text(line.label(), left, base, SMALL, Palette.TEXT);
      bottom = Math.max(bottom, base + 5);
    }
    texts.forEach(Runnable::run);
    if (!spec.axis().caption().isEmpty()) {
      bottom += 16;
      canvas.text(spec.axis().caption(), PAD, bottom, SMALL, Palette.MUTED_TEXT);
      bottom += 5;
    }
    return canvas.finish(spec, id, variant, bottom + PAD);
  }

  private List<Line> sortedLines() {
    List<Line> lines = new ArrayList<>(spec.lines());
    lines.sort((a, b) -> a.value().compareTo(b.value()));
    return lines;
  }

  /** The value a bar is drawn to: at most the axis end. */
  private double drawn(Bar bar) {
    return bar.value() == null ? min : Math.min(bar.value().doubleValue(), max);
  }

  private void drawBar(
      Bar bar, double origin, java.util.function.DoubleUnaryOperator x, double top, double h) {
    double end = x.applyAsDouble(drawn(bar));
    Color colour = Palette.strong(bar.tone() == null ? Tone.NEUTRAL : bar.tone());
    canvas.box(origin, top, Math.max(0, end - origin), h, colour);
    if (beyond(bar)) {
      // Broken near its end: the bar is longer than the axis shows.
      for (double bx : new double[] {end - 16, end - 10}) {
        canvas.polygon(
            new double[] {bx - 3, top + h + 1, bx, top + h + 1, bx + 3, top - 1, bx, top - 1},
            Color.WHITE);
      }
    }
  }

  private boolean beyond(Bar bar) {
    return bar.value() != null && bar.value().compareTo(spec.axis().max()) > 0;
  }

  private String tick(double v) {
    return tickFormat.format(BigDecimal.valueOf(v).stripTrailingZeros());
  }
}
