package dk.evalsite.charts;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Turns drawn graphics into an accessible, reproducible inline SVG: {@code role="img"}, a title and
 * a description, fixed ids, and a font list that browsers can fall back on.
 */
final class SvgDocument {
  private SvgDocument() {}

  static SVGGraphics2D canvas(String id, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setFontFunction(family -> ChartFonts.FAMILY_CSS);
    // Hundredths of a pixel are finer than any screen draws; fewer digits, smaller pages.
    g2.setGeomDoubleConverter(SvgDocument::hundredths);
    return g2;
  }

  /**
   * The finished {@code <svg>} of one variant of {@code spec} ({@code wide} or {@code narrow}, its
   * class {@code chart--<variant>}); {@code id} is unique on the page and prefixes every id inside.
   */
  static String finish(SVGGraphics2D g2, ChartSpec spec, String id, String variant) {
    ViewBox box =
        new ViewBox(0, 0, (int) Math.round(g2.getWidth()), (int) Math.round(g2.getHeight()));
    // JFreeSVG declares its own namespace, which HTML does not allow on inline SVG.
    String svg =
        g2.getSVGElement(id, true, box, null, null)
            .replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "")
            .replace(" xmlns:jfreesvg=\"http://www.jfree.org/jfreesvg/svg\"", "");
    int end = svg.indexOf('>');
    String open = svg.substring(0, end);
    String rest = svg.substring(end + 1);
    return open
        + " role=\"img\" aria-labelledby=\""
        + id
        + "-title "
        + id
        + "-desc\" class=\"chart chart--"
        + variant
        + "\">"
        + "<title id=\""
        + id
        + "-title\">"
        + escape(spec.title())
        + "</title><desc id=\""
        + id
        + "-desc\">"
        + escape(spec.description())
        + "</desc>"
        + rest;
  }

  static String hundredths(double value) {
    String s =
        java.math.BigDecimal.valueOf(value)
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
