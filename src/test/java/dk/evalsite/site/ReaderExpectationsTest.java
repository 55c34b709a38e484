package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What readers expect of a documentation site, on the built example site and a copy of it with a
 * date, an evaluator and a page description: credits and a citation, a 404 page, summaries and link
 * previews, heading anchors, a table of contents of the current chapter, a light in every goal row,
 * and the effect chain shown once.
 */
class ReaderExpectationsTest {
  static final String REPORT = "reports/social-inklusion/";

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    edit(
        content.resolve("reports/social-inklusion/report.yaml"),
        "kind: final",
        "kind: final\ndate: 2022-09-15\nevaluator: Evalueringshuset ApS");
    edit(
        content.resolve("pages/om.md"),
        "title: Om portalen",
        "title: Om portalen\ndescription: Hvem står bag portalen, og hvad den viser.");
    site = ExampleSite.build(content, tmp.resolve("site"));
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replaceFirst(from, to));
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void theLandingPageNamesDateAndEvaluatorAndSaysHowToCiteTheReport() throws IOException {
    Document landing = page(REPORT + "index.html");

    Element time = landing.selectFirst(".byline time");
    assertThat(time.attr("datetime")).isEqualTo("2022-09-15");
    assertThat(time.text()).isEqualTo("15.09.2022"); // as the source prints dates
    assertThat(landing.selectFirst(".byline").text()).contains("Evalueringshuset ApS");
    assertThat(landing.selectFirst(".cite__text").text())
        .isEqualTo(
            "Evalueringshuset ApS (2022). Social inklusion gennem vækstpartnerskaber."
                + " Slutevaluering. Evalueringsportalen."
                + " https://evaluering.example.dk/reports/social-inklusion/");
  }

  @Test
  void scoresJsonCarriesDateEvaluatorAndTheSameCitation() throws IOException {
    JsonNode scores = new ObjectMapper().readTree(site.resolve(REPORT + "scores.json").toFile());
    String cited = page(REPORT + "index.html").selectFirst(".cite__text").text();

    assertThat(scores.get("date").asText()).isEqualTo("2022-09-15");
    assertThat(scores.get("evaluator").asText()).isEqualTo("Evalueringshuset ApS");
    assertThat(scores.get("citation").asText()).isEqualTo(cited);
  }

  @Test
  void aReportWithoutDateOrEvaluatorIsCitedWithoutThem() throws IOException {
    Document english = page("reports/social-inclusion/index.html");

    assertThat(english.selectFirst(".byline")).isNull();
    assertThat(english.selectFirst(".cite__text").text())
        .startsWith("Social inclusion through growth partnerships (n.d.). Final evaluation.");
  }

  @Test
  void the404PageLinksFromTheSiteRootAndStaysOutOfTheSitemap() throws IOException {
    Document notFound = page("404.html");

    assertThat(notFound.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(notFound.selectFirst("link[rel=canonical]")).isNull();
    assertThat(notFound.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("/assets/style.css");
    assertThat(notFound.select("main a").eachAttr("href"))
        .contains(
            "/index.html",
            "/reports/social-inklusion/index.html",
            "/reports/social-inclusion/index.html");
    for (String href : notFound.select("main a").eachAttr("href")) {
      assertThat(site.resolve(href.substring(1))).as(href).isRegularFile();
    }
    assertThat(Files.readString(site.resolve("sitemap.xml"))).doesNotContain("404");
  }

  @Test
  void everyPageHasASummaryAndLinkPreviewTags() throws IOException {
    for (String path : ExampleSite.files(site).keySet()) {
      if (!path.endsWith(".html") || path.equals("404.html")) {
        continue;
      }
      Document doc = page(path);
      String description = doc.selectFirst("meta[name=description]").attr("content");
      assertThat(description).as(path).isNotBlank();
      assertThat(description.length()).as(path).isLessThanOrEqualTo(160);
      assertThat(doc.selectFirst("meta[property=og:description]").attr("content"))
          .isEqualTo(description);
      assertThat(doc.selectFirst("meta[property=og:url]").attr("content"))
          .isEqualTo(doc.selectFirst("link[rel=canonical]").attr("href"));
      assertThat(doc.selectFirst("meta[property=og:title]").attr("content")).isNotBlank();
    }
    assertThat(page("om.html").selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Hvem står bag portalen, og hvad den viser.");
    assertThat(page(REPORT + "progress.html").selectFirst("meta[name=description]").attr("content"))
        .startsWith("Kapitlet gør kort status over projektets fremdrift")
        .endsWith("…");
    assertThat(page(REPORT + "index.html").selectFirst("meta[name=description]").attr("content"))
        .isEqualTo(
            "Slutevaluering: Social inklusion gennem vækstpartnerskaber. Implementering gul"
                + " (3,3), målopnåelse grøn (84 %), effekt grøn.");
  }

  @Test
  void narrativeHeadingsLinkToThemselvesAndTheCurrentChapterListsItsSections() throws IOException {
    Document progress = page(REPORT + "progress.html");
    Element heading = progress.selectFirst(".prose h2");
    Element anchor = heading.selectFirst("a.heading-anchor");

    assertThat(anchor.attr("href")).isEqualTo("#" + heading.id());
    assertThat(anchor.attr("aria-labelledby")).isEqualTo(heading.id());
    assertThat(progress.select(".chapter-list [aria-current=page] + .chapter-list__sections a"))
        .extracting(a -> a.attr("href"))
        .isNotEmpty()
        .allSatisfy(href -> assertThat(progress.getElementById(href.substring(1))).isNotNull())
        .hasSameSizeAs(progress.select(".prose h2"));
    assertThat(page(REPORT + "index.html").select(".chapter-list__sections")).isEmpty();
  }

  @Test
  void eachGoalRowCarriesItsLightInWordsAndUndefinedRowsNone() throws IOException {
    Document progress = page(REPORT + "progress.html");
    Element b3 = null;
    for (Element row : progress.select("tr[data-goal=B3]")) {
      if (row.selectFirst(".attainment__value").text().equals("58 %")) {
        b3 = row;
      }
    }
    assertThat(b3).as("B3 Øvrige regioner, 27 of 46").isNotNull();
    assertThat(b3.selectFirst("td.attainment .badge--red .badge__label").text()).isEqualTo("Rød");

    Document effects = page(REPORT + "effects.html");
    Element c8 =
        effects.select("figure:has(figcaption:contains(Region Sjælland)) tr[data-goal=C8]").first();
    assertThat(c8.selectFirst(".attainment__value").text()).isEqualTo("0 %");
    assertThat(c8.selectFirst(".badge")).as("0 of a target of 0 has no light").isNull();
    assertThat(c8.selectFirst(".attainment__outcome").text()).isEqualTo("udefineret: målet er 0");
  }

  @Test
  void theEffectChainIsDrawnOnceWithItsTextFoldedBehindADisclosure() throws IOException {
    Element figure = page(REPORT + "facts.html").selectFirst("figure.figure--effect-chain");

    // One drawing for wide columns and one for phones, of which CSS shows one.
    assertThat(figure.select("svg.chart.chart--wide")).hasSize(1);
    assertThat(figure.select("svg.chart.chart--narrow")).hasSize(1);
    Element text = figure.selectFirst("details.figure__text");
    assertThat(text.selectFirst("summary").text()).isEqualTo("Vis som tekst");
    assertThat(text.select(".effect-chain__column")).hasSize(3);
    assertThat(figure.select(".effect-chain")).hasSize(1);
  }
}
