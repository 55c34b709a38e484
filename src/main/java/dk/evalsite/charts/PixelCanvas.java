package dk.evalsite.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart laid out in pixels from the top left and drawn by JFreeChart as annotations on an XY plot
 * whose hidden axes map one unit to one pixel. The drawers place every box, line and label
 * themselves, so they can keep labels clear of lines and fit any width; shapes are drawn in the
 * order they were added.
 */
final class PixelCanvas {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final int width;
  private final PrintCharts print;
  private final List<Shape> shapes = new ArrayList<>();

  /** One thing to draw, in pixels from the top left; turned into an annotation at the end. */
  private interface Shape {
    XYAnnotation annotation(double height);
  }

  /** A canvas that ends as inline SVG. */
  PixelCanvas(int width) {
    this(width, null);
  }

  /**
   * A canvas that ends as inline SVG ({@code print} null) or as an {@code <object>} whose chart
   * {@code print} keeps for the PDF renderer to draw.
   */
  PixelCanvas(int width, PrintCharts print) {
    this.width = width;
    this.print = print;
  }

  int width() {
    return width;
  }

  /** How wide {@code text} is at {@code size} px in the bundled font. */
  static double measure(String text, int size) {
    return ChartFonts.regular(size).getStringBounds(text, FRC).getWidth();
  }

  /** Greedy word wrap measured with the bundled font, so lines break the same everywhere. */
  static List<String> wrap(String text, int size, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && measure(candidate, size) > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  void box(double x, double y, double w, double h, Color fill) {
    box(x, y, w, h, fill, null);
  }

  void box(double x, double y, double w, double h, Color fill, Color edge) {
    shapes.add(
        height ->
            new XYBoxAnnotation(
                x,
                height - y - h,
                x + w,
                height - y,
                edge == null ? null : new BasicStroke(1f),
                edge,
                fill));
  }

  void line(double x1, double y1, double x2, double y2, Color colour, float strokeWidth) {
    shapes.add(
        height ->
            new XYLineAnnotation(
                x1, height - y1, x2, height - y2, new BasicStroke(strokeWidth), colour));
  }

  /** A filled polygon given as x, y pairs. */
  void polygon(double[] xy, Color fill) {
    shapes.add(
        height -> {
          double[] flipped = xy.clone();
          for (int i = 1; i < flipped.length; i += 2) {
            flipped[i] = height - flipped[i];
          }
          return new XYPolygonAnnotation(flipped, null, null, fill);
        });
  }

  /** Text with its baseline at {@code y}, starting at {@code x}. */
  void text(String text, double x, double y, int size, Color colour) {
    Font font = ChartFonts.regular(size);
    shapes.add(
        height -> {
          XYTextAnnotation a = new XYTextAnnotation(text, x, height - y);
          a.setFont(font);
          a.setPaint(colour);
          a.setTextAnchor(TextAnchor.BASELINE_LEFT);
          return a;
        });
  }

  /** Text with its baseline at {@code y}, centred on {@code x} but kept inside the canvas. */
  void textCentred(String text, double x, double y, int size, Color colour, double pad) {
    double w = measure(text, size);
    double left = Math.max(pad, Math.min(width - pad - w, x - w / 2));
    text(text, left, y, size, colour);
  }

  /**
   * Everything added, {@code height} px tall: the SVG, or for a print canvas the {@code <object>}
   * that stands for it.
   */
  String finish(ChartSpec spec, String id, String variant, double height) {
    int total = (int) Math.ceil(height);
    JFreeChart chart = chart(total);
    if (print != null) {
      return print.object(chart, spec, variant, width, total);
    }
    SVGGraphics2D g2 = SvgDocument.canvas(id, width, total);
    chart.draw(g2, new Rectangle(0, 0, width, total));
    return SvgDocument.finish(g2, spec, id, variant);
  }

  private JFreeChart chart(int total) {
    XYPlot plot = new XYPlot(null, axis(width), axis(total), new XYLineAndShapeRenderer());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    for (Shape s : shapes) {
      plot.addAnnotation(s.annotation(total), false);
    }
    JFreeChart chart = new JFreeChart(null, ChartFonts.regular(12), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setBorderVisible(false);
    return chart;
  }

  private static NumberAxis axis(double size) {
    NumberAxis axis = new NumberAxis();
    axis.setRange(0, size);
    axis.setVisible(false);
    // Hidden, but still measured: in a PDF, every font asked for must be one the PDF embeds.
    axis.setTickLabelFont(ChartFonts.regular(12));
    axis.setLabelFont(ChartFonts.regular(12));
    return axis;
  }
}
