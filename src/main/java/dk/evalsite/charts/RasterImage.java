package dk.evalsite.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a PNG {@code <img>} for the PDF edition, its alternative text the chart's description;
 * the PNG itself is kept in the document's {@link PrintImages}. Drawn with the bundled font and
 * fixed rendering hints, and PNG written without a time stamp ({@link PngBytes}), so the bytes are
 * the same on every build.
 */
final class RasterImage {
  private RasterImage() {}

  /**
   * Each thread's drawing surface, kept from chart to chart and grown when one is taller: every
   * print chart is as wide, and a fresh image per chart made megabytes of garbage each.
   */
  private static final ThreadLocal<BufferedImage> SURFACE = new ThreadLocal<>();

  /** The top {@code width} × {@code height} of this thread's surface, every pixel 0 as new. */
  private static BufferedImage surface(int width, int height) {
    BufferedImage surface = SURFACE.get();
    if (surface == null || surface.getWidth() != width || surface.getHeight() < height) {
      int tallest = surface == null || surface.getWidth() != width ? 0 : surface.getHeight();
      surface = new BufferedImage(width, Math.max(height, tallest), BufferedImage.TYPE_INT_RGB);
      SURFACE.set(surface);
    } else {
      int[] pixels = ((DataBufferInt) surface.getRaster().getDataBuffer()).getData();
      Arrays.fill(pixels, 0, width * height, 0);
    }
    return surface.getSubimage(0, 0, width, height);
  }

  static String img(
      JFreeChart chart, ChartSpec spec, int width, int height, double scale, PrintImages images) {
    BufferedImage image = surface((int) Math.ceil(width * scale), (int) Math.ceil(height * scale));
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
