package dk.evalsite.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import dk.evalsite.charts.PrintCharts;
import org.w3c.dom.Element;

/**
 * Draws a print document's charts where their {@code <object>} stands: into a PDF form of vector
 * graphics, inside the figure openhtmltopdf tags for the object (its alternative text the object's
 * {@code alt}). A chart printed twice is one form, placed twice. An object the document does not
 * hold is left to openhtmltopdf (drawn as nothing).
 */
final class ChartObjects implements FSObjectDrawerFactory {
  private final PrintCharts charts;

  ChartObjects(PrintCharts charts) {
    this.charts = charts;
  }

  @Override
  public boolean isReplacedObject(Element e) {
    return PrintCharts.TYPE.equals(e.getAttribute("type"))
        && charts.get(e.getAttribute("data")) != null;
  }

  @Override
  public FSObjectDrawer createDrawer(Element e) {
    if (!isReplacedObject(e)) {
      return null;
    }
    PrintCharts.Drawing drawing = charts.get(e.getAttribute("data"));
    return (element, x, y, width, height, device, context, dotsPerPixel) -> {
      // openhtmltopdf measures in dots; the form it opens is in CSS pixels.
      float w = (float) (width / dotsPerPixel);
      float h = (float) (height / dotsPerPixel);
      device.drawWithGraphics(
          (float) x, (float) y, w, h, drawing.fingerprint(), g2 -> drawing.draw(g2, w, h));
      return null;
    };
  }
}
