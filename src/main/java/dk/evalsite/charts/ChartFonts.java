package dk.evalsite.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The font every chart measures its text with, loaded from the jar (DejaVu Sans) so layout is the
 * same on every machine, whatever fonts it has installed.
 */
final class ChartFonts {
  /**
   * The family list written into the SVG. The site ships the same font as "evalsite-chart" (see
   * {@link ChartRenderer#fontFile()}), so browsers draw exactly what was measured; Verdana has
   * nearly the same metrics as a fallback. Double quotes: JFreeSVG writes the style attribute in
   * single quotes.
   */
  static final String FAMILY_CSS = "\"evalsite-chart\", \"DejaVu Sans\", Verdana, sans-serif";

  static final String RESOURCE = "fonts/DejaVuSans.ttf";
  private static final Font BASE = load();

  private ChartFonts() {}

  /** The font at a whole pixel size (JFreeSVG writes sizes as whole pixels). */
  static Font regular(int size) {
    return BASE.deriveFont(Font.PLAIN, (float) size);
  }

  private static Font load() {
    try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the chart font is missing from the evalsite jar");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("cannot load the chart font: " + e.getMessage(), e);
    }
  }
}
