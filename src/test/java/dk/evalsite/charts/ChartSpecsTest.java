package dk.evalsite.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The charts of the built reference report: the values, tones and text alternatives they show are
 * the source's figures, and every SVG is well-formed and accessible.
 */
class ChartSpecsTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = dk.evalsite.site.TestSites.buildExample(tmp.resolve("site"));
  }

  static Document page(String name) throws IOException {
    return Jsoup.parse(site.resolve("reports/social-inklusion/" + name).toFile(), "UTF-8");
  }

  static Element chartOf(Document doc, String figureId) {
    Element svg = doc.selectFirst("#" + figureId + " svg.chart");
    assertThat(svg).as("chart in %s", figureId).isNotNull();
    return svg;
  }

  @Test
  void outputChartOfSjaellandDescribesEveryGoalAsTheSourcePrintsIt() throws IOException {
    Element svg = chartOf(page("progress.html"), "figur-8");
    assertThat(svg.selectFirst("title").text()).isEqualTo("Outputmål, Region Sjælland");
    assertThat(svg.selectFirst("desc").text())
        .isEqualTo(
            "Outputmål, Region Sjælland: B1 47 af 40, +100 %, grøn; B2 45 af 20, +100 %, grøn; "
                + "B3 8 af 20, 40 %, rød.");
    List<String> labels = svg.select("text").eachText();
    assertThat(labels).contains("40 % (rød)", "+100 % (grøn) · 47 af 40", "B1", "B2", "B3", "Mål");
  }

  @Test
  void barsAreColouredByTheirBandInTheFinalTable() throws IOException {
    String svg = chartOf(page("progress.html"), "figur-7").outerHtml();
    // B3 58 % and B4 92 %: red (20–64 %) and green (81 %+) in a final evaluation.
    assertThat(chartOf(page("progress.html"), "figur-7").selectFirst("desc").text())
        .contains("B3 27 af 46, 58 %, rød")
        .contains("B4 12 af 13, 92 %, grøn");
    assertThat(svg).contains("rgb(200,16,46)").contains("rgb(46,133,64)");
  }

  @Test
  void effectChartsShowTargetZeroRowsAndDecimalTargets() throws IOException {
    Document effects = page("effects.html");
    assertThat(chartOf(effects, "figur-11").selectFirst("desc").text())
        .contains("C2 27 af 45,5, 59 %, rød")
        .contains("C8 0 af 13, 0 %, rød");
    assertThat(chartOf(effects, "figur-12").selectFirst("desc").text())
        .contains("C7 10 af 0, +100 %, grøn")
        .contains("C8 0 af 0, 0 %, intet lys");
  }

  @Test
  void budgetChartsFlagTheOverspend() throws IOException {
    Element svg = chartOf(page("progress.html"), "figur-5");
    assertThat(svg.selectFirst("desc").text())
        .isEqualTo(
            "Budget- og tidsforbrug, Øvrige regioner: Budget 31,7 af 31,3 mio. DKK, +100 % (overskredet); "
                + "Tid 49 af 39 måneder, +100 % (overskredet).");
  }

  @Test
  void implementationChartMarksTheMeanAndShadesTheBands() throws IOException {
    Element svg = chartOf(page("implementation.html"), "implementation");
    assertThat(svg.selectFirst("desc").text()).endsWith("Gennemsnit 3,3 (gul).");
    assertThat(svg.select("text").eachText())
        .contains("Rød", "Gul", "Grøn", "Gennemsnit 3,3 (gul)");
  }

  @Test
  void surveyChartsCountTopTwoAnswersOutOfN() throws IOException {
    Element svg = chartOf(page("effects.html"), "figur-9");
    assertThat(svg.select("text").eachText()).contains("5 af 6 (83 %)", "3 af 6 (50 %)");
  }

  @Test
  void effectChainKeepsEveryStatementAsRealText() throws IOException {
    Element svg = chartOf(page("facts.html"), "figur-2");
    String text = String.join(" ", svg.select("text").eachText());
    assertThat(text).contains("Hovedaktiviteter", "Output", "Effekter");
    for (Element li : page("facts.html").select("#figur-2 .effect-chain li")) {
      for (String word : li.text().split(" ")) {
        assertThat(text).as(li.text()).contains(word);
      }
    }
  }

  @Test
  void siteIndexHasThePortfolioChart() throws IOException {
    Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    Element svg = index.selectFirst("svg#chart-portfolio");
    assertThat(svg.selectFirst("desc").text())
        .isEqualTo(
            // The Danish report and its English translation count as one evaluation (3,3 yellow,
            // 84 % green, effect green); the fictional project's midterm (yellow, 32 % yellow,
            // red) and final (green, 74 % yellow, yellow) as one each.
            "Trafiklys i 3 rapport(er): Implementering: 1 grøn, 2 gul, 0 rød; "
                + "Målopnåelse: 1 grøn, 2 gul, 0 rød; Effekt: 1 grøn, 1 gul, 1 rød.");
  }

  /** Every SVG is well-formed XML, has role="img", a title and a desc, and ids are unique. */
  @Test
  void everySvgIsWellFormedAndAccessible() throws Exception {
    List<Path> pages = new ArrayList<>();
    try (var walk = Files.walk(site)) {
      walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    Pattern svgPattern =
        Pattern.compile("<svg [^>]*class=\"chart chart--(wide|narrow)\".*?</svg>", Pattern.DOTALL);
    int charts = 0;
    for (Path page : pages) {
      String html = Files.readString(page);
      Matcher m = svgPattern.matcher(html);
      while (m.find()) {
        charts += ofReference(page) ? 1 : 0;
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var svg =
            factory
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(m.group())))
                .getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
        assertThat(svg.getAttribute("aria-labelledby"))
            .isEqualTo(svg.getAttribute("id") + "-title " + svg.getAttribute("id") + "-desc");
      }
      Set<String> ids = new HashSet<>();
      for (Element e : Jsoup.parse(html).select("[id]")) {
        assertThat(ids.add(e.id())).as("duplicate id %s in %s", e.id(), page).isTrue();
      }
    }
    // per report (Danish and English): 2 activity + 2 budget + 2 output + 2 survey + 2 effect +
    // effect chain + implementation; and the portfolio; each drawn wide and narrow
    // (counted on the reference report and the index only: the fictional example and the facet
    // pages have charts of their own, checked above like every other)
    assertThat(charts).isEqualTo(2 * (2 * 12 + 1));
  }

  /** A page of the reference report (either language) or the site index. */
  static boolean ofReference(Path page) {
    String rel = site.relativize(page).toString().replace('\\', '/');
    return rel.equals("index.html") || rel.startsWith("reports/social-");
  }
}
