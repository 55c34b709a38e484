package dk.evalsite.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.evalsite.charts.ChartSpec.Axis;
import dk.evalsite.charts.ChartSpec.Bar;
import dk.evalsite.charts.ChartSpec.Bars;
import dk.evalsite.charts.ChartSpec.Line;
import dk.evalsite.charts.ChartSpec.Tone;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Both variants of every chart of the built example site: each drawn at a width where its text is
 * 12 px or more, and the bars of the goal and budget charts drawn to the real ratio of the source's
 * figures (the oracle), with their counts, not to a capped 100 %.
 */
class ChartVariantsTest {
  @TempDir static Path tmp;
  static Path site;
  static List<Path> pages = new ArrayList<>();

  /** The fill of a bar: one of the palette's strong colours. */
  static final Set<String> BAR_FILLS =
      Set.of(
          "fill:rgb(46,133,64)",
          "fill:rgb(138,100,0)",
          "fill:rgb(200,16,46)",
          "fill:rgb(31,78,140)",
          "fill:rgb(107,116,128)");

  @BeforeAll
  static void build() throws IOException {
    site = dk.evalsite.site.TestSites.buildExample(tmp.resolve("site"));
    try (var walk = Files.walk(site)) {
      walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
  }

  static Document page(String name) throws IOException {
    return Jsoup.parse(site.resolve("reports/social-inklusion/" + name).toFile(), "UTF-8");
  }

  @Test
  void everyChartIsDrawnWideAndNarrowWithNoTextUnder12Px() throws IOException {
    Pattern size = Pattern.compile("font-size: ?([0-9.]+)px");
    int charts = 0;
    List<String> small = new ArrayList<>();
    for (Path p : pages) {
      Document doc = Jsoup.parse(p.toFile(), "UTF-8");
      for (Element wrap : doc.select(".chart-wrap")) {
        Element wide = wrap.selectFirst("svg.chart--wide");
        Element narrow = wrap.selectFirst("svg.chart--narrow");
        assertThat(wrap.select("svg.chart")).as("charts in a wrapper on %s", p).hasSize(2);
        assertThat(wide).isNotNull();
        assertThat(narrow).isNotNull();
        assertThat(narrow.id()).isEqualTo(wide.id() + "-narrow");
        assertThat(viewWidth(wide)).isEqualTo(ChartRenderer.WIDE);
        assertThat(viewWidth(narrow)).isEqualTo(ChartRenderer.NARROW);
        for (Element svg : List.of(wide, narrow)) {
          charts += ofReference(p) ? 1 : 0;
          List<Element> texts = svg.select("text");
          assertThat(texts).as("text of %s", svg.id()).isNotEmpty();
          for (Element text : texts) {
            Matcher m = size.matcher(text.attr("style"));
            assertThat(m.find()).as("font size of %s in %s", text.text(), svg.id()).isTrue();
            if (Double.parseDouble(m.group(1)) < 12) {
              small.add(svg.id() + ": \"" + text.text() + "\" at " + m.group(1) + " px");
            }
            double x = Double.parseDouble(text.attr("x"));
            double width = PixelCanvas.measure(text.text(), (int) Double.parseDouble(m.group(1)));
            int canvas = svg.hasClass("chart--wide") ? ChartRenderer.WIDE : ChartRenderer.NARROW;
            assertThat(x).as("left of \"%s\" in %s", text.text(), svg.id()).isGreaterThan(0);
            assertThat(x + width)
                .as("right of \"%s\" in %s", text.text(), svg.id())
                .isLessThan(canvas);
          }
        }
      }
    }
    // (counted on the reference report and the index only: the fictional example and the facet
    // pages have charts of their own, checked above like every other)
    assertThat(charts).isEqualTo(2 * (2 * 12 + 1));
    assertThat(small).isEmpty();
  }

  @Test
  void theOverBarOfA1InOtherRegionsEndsAt129PercentAndShowsItsCounts() throws IOException {
    Document doc = page("progress.html");
    for (String id : List.of("chart-figur-3", "chart-figur-3-narrow")) {
      Element svg = doc.getElementById(id);
      List<double[]> bars = bars(svg);
      assertThat(bars).as("bars of %s", id).hasSize(3);
      assertThat(ratio(svg, bars.get(0))).as("A1 in %s", id).isCloseTo(1.29, within(0.002));
      assertThat(ratio(svg, bars.get(1))).as("A2 in %s", id).isCloseTo(1.00, within(0.002));
      assertThat(String.join(" ", svg.select("text").eachText()))
          .contains("+100 % (grøn) · 135 af 104");
    }
  }

  @Test
  void overspendsReachTheirRealUseRatio() throws IOException {
    Element svg = page("progress.html").getElementById("chart-figur-5");
    List<double[]> bars = bars(svg);
    // 31,7 of 31,3 mio. DKK: 101 %; 49 of 39 months: 125 %.
    assertThat(ratio(svg, bars.get(0))).isCloseTo(1.01, within(0.002));
    assertThat(ratio(svg, bars.get(1))).isCloseTo(1.25, within(0.002));
    assertThat(svg.select("text").eachText())
        .contains(
            "+100 % (overskredet) · 31,7 af 31,3 mio. DKK",
            "+100 % (overskredet) · 49 af 39 måneder");
  }

  /**
   * Every goal row of the source (the oracle, apart from evalsite's code) in both variants of its
   * chart: a bar to its truncated real percent, or to the 200 % axis end and broken beyond that; no
   * bar where the target is 0.
   */
  @Test
  @SuppressWarnings("unchecked")
  void everyGoalBarIsDrawnToTheSourcesRealRatio() throws IOException {
    Map<String, Object> oracle;
    try (InputStream in = getClass().getResourceAsStream("/oracle/figures.yaml")) {
      oracle = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    Map<String, String> charts =
        Map.of(
            "activity_goals/Øvrige regioner", "progress.html#chart-figur-3",
            "activity_goals/Region Sjælland", "progress.html#chart-figur-4",
            "output_goals/Øvrige regioner", "progress.html#chart-figur-7",
            "output_goals/Region Sjælland", "progress.html#chart-figur-8",
            "effect_goals/Øvrige regioner", "effects.html#chart-figur-11",
            "effect_goals/Region Sjælland", "effects.html#chart-figur-12");
    int checked = 0;
    for (var chart : charts.entrySet()) {
      String[] key = chart.getKey().split("/");
      String[] where = chart.getValue().split("#");
      List<Map<String, Object>> rows =
          ((List<Map<String, Object>>) oracle.get(key[0]))
              .stream().filter(r -> key[1].equals(r.get("region"))).toList();
      Document doc = page(where[0]);
      for (String id : List.of(where[1], where[1] + "-narrow")) {
        Element svg = doc.getElementById(id);
        List<double[]> bars = bars(svg);
        List<Double> expected = new ArrayList<>();
        int beyond = 0;
        for (Map<String, Object> row : rows) {
          BigDecimal target =
              number(row.containsKey("target") ? row.get("target") : row.get("target_after"));
          BigDecimal status = number(row.get("status"));
          if (target.signum() == 0 || status.signum() == 0) {
            continue; // no ratio: a muted label, no bar; or 0 %: a bar of no length
          }
          int percent =
              status
                  .multiply(BigDecimal.valueOf(100))
                  .divide(target, 0, RoundingMode.DOWN)
                  .intValue();
          expected.add(Math.min(percent, 200) / 100.0);
          beyond += percent > 200 ? 1 : 0;
        }
        assertThat(bars).as("bars of %s", id).hasSize(expected.size());
        for (int i = 0; i < bars.size(); i++) {
          assertThat(ratio(svg, bars.get(i)))
              .as("bar %d of %s", i + 1, id)
              .isCloseTo(expected.get(i), within(0.002));
          checked++;
        }
        // Two white slashes across each bar longer than the axis.
        assertThat(svg.select("g[style*=fill:rgb(255,255,255)] > path"))
            .as("break marks in %s", id)
            .hasSize(2 * beyond);
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void targetZeroRowsAreAMutedLabelNotARedBar() throws IOException {
    Element svg = page("effects.html").getElementById("chart-figur-12");
    assertThat(svg.select("text").eachText()).contains("mål 0 · 10 af 0", "mål 0 · 0 af 0");
    for (Element text : svg.select("text")) {
      if (text.text().startsWith("mål 0")) {
        assertThat(text.attr("style")).contains("fill: rgb(84,91,100)");
      }
    }
  }

  @Test
  void aRowNotCollectedHasNoBarOnlyItsMutedLabel() {
    Bars spec =
        new Bars(
            "chart-t",
            "Goals",
            "Goals.",
            List.of(
                new Bar("G1", BigDecimal.valueOf(40), "40 % (red)", Tone.RED),
                new Bar("G2", null, "not collected yet", Tone.MUTED)),
            new Axis(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(25), " %", ""),
            List.of(new Line(BigDecimal.valueOf(100), "Target")),
            List.of());
    ChartRenderer renderer = new ChartRenderer();
    for (String svg : List.of(renderer.wide(spec), renderer.narrow(spec))) {
      Element e = Jsoup.parse(svg).selectFirst("svg");
      assertThat(bars(e)).hasSize(1);
      assertThat(e.select("text").eachText()).contains("not collected yet", "G2");
    }
    // The same bytes every time.
    assertThat(renderer.svg(spec)).isEqualTo(renderer.svg(spec));
  }

  /** Each bar as x, y, width, height: a rect in one of the strong colours, in drawing order. */
  static List<double[]> bars(Element svg) {
    List<double[]> out = new ArrayList<>();
    for (Element rect : svg.select("rect")) {
      String style = rect.attr("style").replace(" ", "");
      if (BAR_FILLS.stream().anyMatch(style::contains)) {
        out.add(
            new double[] {
              Double.parseDouble(rect.attr("x")),
              Double.parseDouble(rect.attr("y")),
              Double.parseDouble(rect.attr("width")),
              Double.parseDouble(rect.attr("height"))
            });
      }
    }
    return out;
  }

  /** A bar's length as a share of the distance from its start to the 100 % (target) line. */
  static double ratio(Element svg, double[] bar) {
    Element line =
        svg.select("line").stream()
            .filter(l -> l.attr("style").contains("stroke-width:1.5"))
            .findFirst()
            .orElseThrow();
    double hundred = Double.parseDouble(line.attr("x1"));
    return bar[2] / (hundred - bar[0]);
  }

  /** The width of an svg's viewBox (an HTML parser spells the attribute in lower case). */
  static double viewWidth(Element svg) {
    return Double.parseDouble(svg.attr("viewbox").trim().split("[ ,]+")[2]);
  }

  static BigDecimal number(Object printed) {
    return new BigDecimal(((String) printed).replace(',', '.'));
  }

  /** A page of the reference report (either language) or the site index. */
  static boolean ofReference(Path page) {
    String rel = site.relativize(page).toString().replace('\\', '/');
    return rel.equals("index.html") || rel.startsWith("reports/social-");
  }
}
