package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Tone;
import java.awt.Color;

/**
 * Colours of the charts. Strong colours reach 4.5:1 against white, so they pass WCAG 2.1 as
 * graphics (3:1) and carry white labels as text (4.5:1): green 4.6, yellow 5.4, red 5.9, blue 8.3,
 * grey 4.7.
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
