package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Column;
import dk.evalsite.charts.ChartSpec.EffectChain;
import java.util.List;

/**
 * The effect chain (logic model): wide, columns of boxes side by side with arrows pointing right
 * between them; narrow, the columns one below the other with arrows pointing down.
 */
final class EffectChainDrawer {
  static final int PAD = 4;
  static final int GAP = 40;
  static final int HEADER = 14;
  static final int BOX_PAD = 8;
  static final int BOX_GAP = 8;
  static final int TEXT = 13;
  static final int LINE = 17;
  static final int DOWN = 36;

  private final EffectChain spec;
  private final PixelCanvas canvas;

  EffectChainDrawer(EffectChain spec, PixelCanvas canvas) {
    this.spec = spec;
    this.canvas = canvas;
  }

  String draw(String id, String variant, boolean narrow) {
    return canvas.finish(spec, id, variant, narrow ? vertical() : across());
  }

  /** Side by side; returns the height. */
  private double across() {
    int columns = spec.columns().size();
    double colWidth = (canvas.width() - 2.0 * PAD - GAP * (columns - 1)) / columns;
    double top = PAD + 26;
    double bottom = top;
    for (int c = 0; c < columns; c++) {
      double x = PAD + c * (colWidth + GAP);
      canvas.text(spec.columns().get(c).title(), x, PAD + 16, HEADER, Palette.TEXT);
      bottom = Math.max(bottom, boxes(spec.columns().get(c), x, top, colWidth));
    }
    double middle = top + (bottom - top) / 2;
    for (int c = 1; c < columns; c++) {
      double left = PAD + c * (colWidth + GAP) - GAP + 6;
      canvas.polygon(arrowRight(left, left + GAP - 12, middle), Palette.ARROW);
    }
    return bottom - BOX_GAP + PAD;
  }

  /** One below the other; returns the height. */
  private double vertical() {
    double width = canvas.width() - 2.0 * PAD;
    double y = PAD;
    List<Column> columns = spec.columns();
    for (int c = 0; c < columns.size(); c++) {
      if (c > 0) {
        canvas.polygon(arrowDown(canvas.width() / 2.0, y + 2, y + DOWN - 6), Palette.ARROW);
        y += DOWN;
      }
      canvas.text(columns.get(c).title(), PAD, y + 14, HEADER, Palette.TEXT);
      y = boxes(columns.get(c), PAD, y + 22, width) - BOX_GAP;
    }
    return y + PAD;
  }

  /** The boxes of one column from {@code y} down; returns the y below the last box and its gap. */
  private double boxes(Column column, double x, double y, double width) {
    for (String item : column.items()) {
      List<String> lines = PixelCanvas.wrap(item, TEXT, width - 2 * BOX_PAD);
      double boxHeight = lines.size() * LINE + 2 * BOX_PAD - 2;
      canvas.box(x, y, width, boxHeight, Palette.BOX, Palette.BOX_EDGE);
      for (int i = 0; i < lines.size(); i++) {
        canvas.text(lines.get(i), x + BOX_PAD, y + BOX_PAD + 12 + i * LINE, TEXT, Palette.TEXT);
      }
      y += boxHeight + BOX_GAP;
    }
    return y;
  }

  /** A block arrow from {@code x0} to {@code x1} centred on {@code y}. */
  private static double[] arrowRight(double x0, double x1, double y) {
    double shaft = 6;
    double head = 13;
    double length = 12;
    return new double[] {
      x0,
      y - shaft,
      x1 - length,
      y - shaft,
      x1 - length,
      y - head,
      x1,
      y,
      x1 - length,
      y + head,
      x1 - length,
      y + shaft,
      x0,
      y + shaft
    };
  }

  /** A block arrow from {@code y0} down to {@code y1} centred on {@code x}. */
  private static double[] arrowDown(double x, double y0, double y1) {
    double shaft = 6;
    double head = 13;
    double length = 12;
    return new double[] {
      x - shaft,
      y0,
      x + shaft,
      y0,
      x + shaft,
      y1 - length,
      x + head,
      y1 - length,
      x,
      y1,
      x - head,
      y1 - length,
      x - shaft,
      y1 - length
    };
  }
}
