package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Series;
import dk.evalsite.charts.ChartSpec.Stacked;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts per category stacked by series, each segment labelled with its count and name inside it;
 * when a segment is too short for its label, the row's counts are written out below its bar. Wide,
 * category labels stand left of the bars; narrow, above them.
 */
final class StackedDrawer {
  static final int PAD = 4;
  static final int TEXT = 13;
  static final int BAR = 24;

  private final Stacked spec;
  private final PixelCanvas canvas;

  StackedDrawer(Stacked spec, PixelCanvas canvas) {
    this.spec = spec;
    this.canvas = canvas;
  }

  String draw(String id, String variant, boolean narrow) {
    int width = canvas.width();
    int categories = spec.categories().size();
    int total = 1;
    double labelWidth = 0;
    for (int i = 0; i < categories; i++) {
      int sum = 0;
      for (Series series : spec.series()) {
        sum += series.counts().get(i);
      }
      total = Math.max(total, sum);
      labelWidth = Math.max(labelWidth, PixelCanvas.measure(spec.categories().get(i), TEXT));
    }
    double x0 = narrow ? PAD : PAD + labelWidth + 10;
    double scale = (width - PAD - x0) / total;
    double y = PAD;
    for (int i = 0; i < categories; i++) {
      String category = spec.categories().get(i);
      double top;
      if (narrow) {
        canvas.text(category, PAD, y + 13, TEXT, Palette.TEXT);
        top = y + 19;
      } else {
        top = y + 4;
        canvas.text(category, PAD, top + BAR / 2.0 + 4.5, TEXT, Palette.TEXT);
      }
      double x = x0;
      List<String> counted = new ArrayList<>();
      boolean allFit = true;
      List<Runnable> inside = new ArrayList<>();
      for (Series series : spec.series()) {
        int count = series.counts().get(i);
        if (count == 0) {
          continue;
        }
        double w = count * scale;
        canvas.box(x, top, w, BAR, Palette.strong(series.tone()));
        if (x > x0) {
          canvas.line(x, top, x, top + BAR, Color.WHITE, 2f);
        }
        String label = count + " " + series.name();
        counted.add(label);
        double lw = PixelCanvas.measure(label, TEXT);
        if (lw + 8 <= w) {
          double lx = x + (w - lw) / 2;
          inside.add(() -> canvas.text(label, lx, top + BAR / 2.0 + 4.5, TEXT, Color.WHITE));
        } else {
          allFit = false;
        }
        x += w;
      }
      canvas.line(x0, top - (narrow ? 0 : 3), x0, top + BAR + 3, Palette.BOX_EDGE, 1f);
      y = top + BAR;
      if (allFit) {
        inside.forEach(Runnable::run);
      } else {
        // Too short for their labels: every count of the row, in order, below its bar.
        for (String line : PixelCanvas.wrap(String.join(" · ", counted), TEXT, width - x0 - PAD)) {
          y += 17;
          canvas.text(line, x0, y, TEXT, Palette.TEXT);
        }
        y += 4;
      }
      y += 14;
    }
    return canvas.finish(spec, id, variant, y - 14 + 4 + PAD);
  }
}
