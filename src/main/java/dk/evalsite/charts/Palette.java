package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Tone;
import java.awt.Color;

/**
 * Colours of the charts, and the source of every colour the stylesheet's {@code :root} design
 * tokens share with them ({@code --text}, {@code --green-strong}, ...): {@code
 * PaletteMatchesStylesheetTest} fails when {@code themes/default/assets/style.css} writes one of
 * them differently.
 *
 * <p>Strong colours reach 4.5:1 against white, so they pass WCAG 2.1 both as graphics (3:1: chart
 * bars, the stylesheet's verdict stripes) and under white labels as text (4.5:1: labels inside
 * bars): green #2e8540 4.62, yellow #8a6400 5.38, red #c8102e 5.88, blue #1f4e8c 8.31, grey #6b7480
 * 4.74. Yellow is the dark one because a label sits on it; the lighter #a87b00 the stylesheet once
 * had reaches only 3.82, enough for a stripe but not for a label.
 */
final class Palette {
  static final Color TEXT = new Color(0x1b1f24);
  static final Color MUTED_TEXT = new Color(0x545b64);
  static final Color GRID = new Color(0xd0d5dc);
  static final Color REFERENCE = new Color(0x1b1f24);
  static final Color BOX = new Color(0xf4f6f8);
  static final Color BOX_EDGE = new Color(0x6b7480);
  static final Color ARROW = new Color(0x14365d);

  private Palette() {}

  static Color strong(Tone tone) {
    return switch (tone) {
      case GREEN -> new Color(0x2e8540);
      case YELLOW -> new Color(0x8a6400);
      case RED -> new Color(0xc8102e);
      case NEUTRAL -> new Color(0x1f4e8c);
      case MUTED -> new Color(0x6b7480);
    };
  }

  static Color tint(Tone tone) {
    return switch (tone) {
      case GREEN -> new Color(0xe6f4ea);
      case YELLOW -> new Color(0xfff4ce);
      case RED -> new Color(0xfde7e9);
      case NEUTRAL, MUTED -> new Color(0xeef1f5);
    };
  }
}
