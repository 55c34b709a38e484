package dk.evalsite.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a PNG {@code <img>} for the PDF edition, its alternative text the chart's description;
 * the PNG itself is kept in the document's {@link PrintImages}. Drawn with the bundled font and
 * fixed rendering hints, and PNG written without a time stamp ({@link PngBytes}), so the bytes are
 * the same on every build.
 */
final class RasterImage {
  private RasterImage() {}

  static String img(
      JFreeChart chart, ChartSpec spec, int width, int height, double scale, PrintImages images) {
    BufferedImage image =
        new BufferedImage(
            (int) Math.ceil(width * scale),
            (int) Math.ceil(height * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.scale(scale, scale);
      chart.draw(g2, new Rectangle(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    byte[] png = PngBytes.of(image);
    return "<img class=\"chart chart--print\" src=\""
        + images.add(png)
        + "\" width=\""
        + width
        + "\" height=\""
        + height
        + "\" alt=\""
        + SvgDocument.escape(spec.description())
        + "\" />";
  }
}
