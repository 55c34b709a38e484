package dk.evalsite.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The charts of one print document, by the address its {@code <object>} gives them ({@value
 * #SCHEME}{@code :1}, ...). The PDF renderer draws each where its object stands, as vector graphics
 * with its text in the document's embedded font: sharp at any zoom and on paper, and cheaper than
 * the raster image it replaced (a PNG of a million pixels drawn, compressed and embedded per
 * chart). The same chart printed twice gets one address, so the PDF holds its drawing once. One per
 * document, filled and read by one thread.
 */
public final class PrintCharts {
  /** The URI scheme of the charts' addresses. */
  public static final String SCHEME = "evalsite-chart";

  /** The {@code type} of a chart's {@code <object>}. */
  public static final String TYPE = "application/x-evalsite-chart";

  /**
   * One chart, {@code width} × {@code height} CSS pixels; {@code fingerprint} is what it is made of
   * (its spec, variant and size), equal for equal drawings, so it names the content in the PDF's
   * document ID.
   */
  public record Drawing(JFreeChart chart, int width, int height, String fingerprint) {
    /** Draws the chart into a box {@code boxWidth} × {@code boxHeight} px from the origin. */
    public void draw(Graphics2D g2, double boxWidth, double boxHeight) {
      g2.scale(boxWidth / width, boxHeight / height);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    }
  }

  private final Map<String, Drawing> byAddress = new LinkedHashMap<>();
  private final Map<String, String> addressByFingerprint = new LinkedHashMap<>();

  /** The {@code <object>} that prints {@code chart}, {@code width} × {@code height} px. */
  String object(JFreeChart chart, ChartSpec spec, String variant, int width, int height) {
    String fingerprint = variant + " " + width + "x" + height + " " + spec;
    String address =
        addressByFingerprint.computeIfAbsent(
            fingerprint,
            f -> {
              String name = SCHEME + ":" + (byAddress.size() + 1);
              byAddress.put(name, new Drawing(chart, width, height, f));
              return name;
            });
    // alt is not HTML on <object>: openhtmltopdf reads a figure's alternative text from it.
    return "<object class=\"chart chart--print\" type=\""
        + TYPE
        + "\" data=\""
        + address
        + "\" style=\"width: "
        + width
        + "px; height: "
        + height
        + "px\" alt=\""
        + SvgDocument.escape(spec.description())
        + "\"></object>";
  }

  /** The chart at {@code address}, or null. */
  public Drawing get(String address) {
    return byAddress.get(address);
  }

  /** Every chart by its address, in the order they were added. */
  public Map<String, Drawing> all() {
    return Collections.unmodifiableMap(byAddress);
  }
}
