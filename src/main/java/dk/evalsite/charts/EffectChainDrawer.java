package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Column;
import dk.evalsite.charts.ChartSpec.EffectChain;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;

/**
 * The effect chain (logic model) as three columns of boxes with arrows between them, drawn as
 * annotations on an XY plot whose hidden axes map one unit to one pixel.
 */
final class EffectChainDrawer {
  static final int WIDTH = 760;
  static final int PAD = 8;
  static final int GAP = 44;
  static final int HEADER = 30;
  static final int BOX_PAD = 8;
  static final int BOX_GAP = 10;
  static final int TEXT_SIZE = 13;
  static final int LINE = 17;

  private final EffectChain spec;
  private final Font font = ChartFonts.regular(TEXT_SIZE);
  private final Font header = ChartFonts.regular(14);
  private final FontRenderContext frc = new FontRenderContext(null, true, true);

  EffectChainDrawer(EffectChain spec) {
    this.spec = spec;
  }

  /** A box or a line of text, placed in pixels from the top left. */
  private record Placed(double x, double y, double width, double height, String text, Font font) {}

  String draw() {
    int columns = spec.columns().size();
    double colWidth = (WIDTH - 2.0 * PAD - GAP * (columns - 1)) / columns;
    List<Placed> boxes = new ArrayList<>();
    List<Placed> texts = new ArrayList<>();
    double bottom = 0;
    for (int c = 0; c < columns; c++) {
      Column column = spec.columns().get(c);
      double x = PAD + c * (colWidth + GAP);
      texts.add(new Placed(x, PAD + 18, 0, 0, column.title(), header));
      double y = PAD + HEADER;
      for (String item : column.items()) {
        List<String> lines = wrap(item, colWidth - 2 * BOX_PAD);
        double boxHeight = lines.size() * LINE + 2 * BOX_PAD - 2;
        boxes.add(new Placed(x, y, colWidth, boxHeight, null, null));
        for (int i = 0; i < lines.size(); i++) {
          texts.add(new Placed(x + BOX_PAD, y + BOX_PAD + 12 + i * LINE, 0, 0, lines.get(i), font));
        }
        y += boxHeight + BOX_GAP;
      }
      bottom = Math.max(bottom, y);
    }
    int total = (int) Math.ceil(bottom + PAD);
    // The plot's y axis points up; layout was done downwards from the top, so flip once here.
    XYPlot plot = new XYPlot(null, axis(WIDTH), axis(total), new XYLineAndShapeRenderer());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    for (Placed b : boxes) {
      plot.addAnnotation(
          new XYBoxAnnotation(
              b.x(),
              total - b.y() - b.height(),
              b.x() + b.width(),
              total - b.y(),
              new BasicStroke(1f),
              Palette.BOX_EDGE,
              Palette.BOX));
    }
    for (Placed t : texts) {
      plot.addAnnotation(text(t.text(), t.x(), total - t.y(), t.font(), Palette.TEXT));
    }
    double middle = total - (PAD + HEADER + (bottom - PAD - HEADER) / 2);
    for (int c = 1; c < columns; c++) {
      double left = PAD + c * (colWidth + GAP) - GAP + 8;
      plot.addAnnotation(arrow(left, left + GAP - 16, middle));
    }
    JFreeChart chart = new JFreeChart(null, font, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setBorderVisible(false);
    SVGGraphics2D g2 = SvgDocument.canvas(spec.id(), WIDTH, total);
    chart.draw(g2, new Rectangle(0, 0, WIDTH, total));
    return SvgDocument.finish(g2, spec);
  }

  private static NumberAxis axis(double size) {
    NumberAxis axis = new NumberAxis();
    axis.setRange(0, size);
    axis.setVisible(false);
    return axis;
  }

  private static XYTextAnnotation text(String text, double x, double y, Font font, Color paint) {
    XYTextAnnotation a = new XYTextAnnotation(text, x, y);
    a.setFont(font);
    a.setPaint(paint);
    a.setTextAnchor(TextAnchor.BASELINE_LEFT);
    return a;
  }

  /** A block arrow from {@code x0} to {@code x1} centred on {@code y}. */
  private static XYPolygonAnnotation arrow(double x0, double x1, double y) {
    double shaft = 7;
    double head = 16;
    double headLength = 14;
    double[] polygon = {
      x0,
      y - shaft,
      x1 - headLength,
      y - shaft,
      x1 - headLength,
      y - head,
      x1,
      y,
      x1 - headLength,
      y + head,
      x1 - headLength,
      y + shaft,
      x0,
      y + shaft
    };
    return new XYPolygonAnnotation(polygon, null, null, Palette.ARROW);
  }

  /** Greedy word wrap measured with the bundled font, so lines break the same everywhere. */
  List<String> wrap(String text, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringBounds(candidate, frc).getWidth() > width) {
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
}
