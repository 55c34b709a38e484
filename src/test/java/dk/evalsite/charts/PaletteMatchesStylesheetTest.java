package dk.evalsite.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.charts.ChartSpec.Tone;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chart palette is the one source of the colours charts and the stylesheet share: the default
 * theme's {@code :root} design tokens must write each of them exactly as the palette does.
 */
class PaletteMatchesStylesheetTest {
  static final Path STYLESHEET = Path.of("themes/default/assets/style.css");

  /** Each custom property of the stylesheet that names a colour the charts draw with. */
  static Map<String, Color> shared() {
    Map<String, Color> shared = new LinkedHashMap<>();
    shared.put("--text", Palette.TEXT);
    shared.put("--text-muted", Palette.MUTED_TEXT);
    shared.put("--surface", Palette.BOX);
    shared.put("--border", Palette.GRID);
    shared.put("--border-strong", Palette.BOX_EDGE);
    shared.put("--accent", Palette.ARROW);
    shared.put("--meter", Palette.strong(Tone.NEUTRAL));
    shared.put("--green-strong", Palette.strong(Tone.GREEN));
    shared.put("--yellow-strong", Palette.strong(Tone.YELLOW));
    shared.put("--red-strong", Palette.strong(Tone.RED));
    shared.put("--green-tint", Palette.tint(Tone.GREEN));
    shared.put("--yellow-tint", Palette.tint(Tone.YELLOW));
    shared.put("--red-tint", Palette.tint(Tone.RED));
    return shared;
  }

  /** The custom properties of the stylesheet's first {@code :root} block, lower-case values. */
  static Map<String, String> rootTokens(String css) {
    int start = css.indexOf(":root {");
    int end = css.indexOf('}', start);
    assertThat(start).as(":root block of " + STYLESHEET).isNotNegative();
    String block = css.substring(start, end).replaceAll("(?s)/\\*.*?\\*/", "");
    Map<String, String> tokens = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(--[a-z0-9-]+)\\s*:\\s*([^;]+);").matcher(block);
    while (m.find()) {
      tokens.put(m.group(1), m.group(2).trim().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  static String hex(Color c) {
    return String.format(Locale.ROOT, "#%06x", c.getRGB() & 0xffffff);
  }

  /** WCAG 2.1 contrast ratio of two colours. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  static double linear(int channel) {
    double s = channel / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  @Test
  void theStylesheetWritesEveryColourItSharesWithTheChartsAsThePaletteDoes() throws IOException {
    Map<String, String> tokens = rootTokens(Files.readString(STYLESHEET, StandardCharsets.UTF_8));
    Map<String, String> expected = new LinkedHashMap<>();
    shared().forEach((name, colour) -> expected.put(name, hex(colour)));
    Map<String, String> actual = new LinkedHashMap<>();
    expected.keySet().forEach(name -> actual.put(name, tokens.get(name)));
    assertThat(actual)
        .as("style.css :root must match dk.evalsite.charts.Palette (the source of these colours)")
        .isEqualTo(expected);
  }

  @Test
  void readsTheTokensOfTheRootBlockAndNotTheirComments() {
    assertThat(
            rootTokens(
                ":root {\n  --a: #ABCDEF;  /* --b: #000000; */\n  --c:#123456; --d: 1rem;\n}\n"
                    + ".x { --a: #ffffff; }"))
        .containsExactly(
            Map.entry("--a", "#abcdef"), Map.entry("--c", "#123456"), Map.entry("--d", "1rem"));
  }

  @Test
  void everyStrongColourCarriesWhiteTextAndSoPassesAsAGraphicToo() {
    for (Tone tone : Tone.values()) {
      assertThat(contrast(Palette.strong(tone), Color.WHITE))
          .as("%s %s against white", tone, hex(Palette.strong(tone)))
          .isGreaterThanOrEqualTo(4.5);
    }
    assertThat(contrast(new Color(0xa87b00), Color.WHITE)).isLessThan(4.5);
  }
}
