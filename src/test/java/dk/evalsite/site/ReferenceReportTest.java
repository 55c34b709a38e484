package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * The built reference report shows every figure of the source as the source prints it. The expected
 * strings come from oracle/figures.yaml, transcribed from the source independently of the example
 * content.
 */
class ReferenceReportTest {
  @TempDir static Path tmp;
  static Path site;
  static Map<String, Object> oracle;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void build() throws IOException {
    site = ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("site"));
    try (InputStream in = ReferenceReportTest.class.getResourceAsStream("/oracle/figures.yaml")) {
      oracle = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  static Document page(String name) throws IOException {
    return Jsoup.parse(site.resolve("reports/social-inklusion/" + name).toFile(), "UTF-8");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, String>> rows(String key) {
    return (List<Map<String, String>>) oracle.get(key);
  }

  /** The goal row in the figure whose caption names the region. */
  static Element goalRow(Document doc, String region, String id) {
    for (Element figure : doc.select("figure")) {
      if (figure.selectFirst("figcaption").text().contains(region)) {
        Element row = figure.selectFirst("tr[data-goal=" + id + "]");
        if (row != null) {
          return row;
        }
      }
    }
    throw new AssertionError("no row " + id + " for " + region);
  }

  private static void assertGoalRows(Document doc, String key, String... columns) {
    List<Map<String, String>> expected = rows(key);
    assertThat(expected).isNotEmpty();
    for (Map<String, String> goal : expected) {
      Element row = goalRow(doc, goal.get("region"), goal.get("id"));
      List<String> cells = row.select("td").eachText();
      for (int i = 0; i < columns.length; i++) {
        assertThat(cells.get(i))
            .as("%s %s %s", goal.get("region"), goal.get("id"), columns[i])
            .isEqualTo(goal.get(columns[i]));
      }
      String printed = row.selectFirst("td.attainment .attainment__value").text().trim();
      assertThat(printed)
          .as("%s %s printed", goal.get("region"), goal.get("id"))
          .isEqualTo(goal.get("printed").replace("+ 100", "+100"));
      assertThat(row.selectFirst("th").text()).contains(goal.get("label"));
    }
  }

  @Test
  void showsEveryActivityGoalOfFigures3And4() throws IOException {
    assertGoalRows(page("progress.html"), "activity_goals", "target", "status");
  }

  @Test
  void showsEveryOutputGoalOfFigures7And8() throws IOException {
    assertGoalRows(page("progress.html"), "output_goals", "target", "status");
  }

  @Test
  void showsEveryEffectGoalOfFigures11And12() throws IOException {
    assertGoalRows(page("effects.html"), "effect_goals", "target_during", "target_after", "status");
  }

  @Test
  void showsBudgetAndTimeOfFigures5And6WithOverspendFlagged() throws IOException {
    Document doc = page("progress.html");
    for (Map<String, String> row : rows("budget_and_time")) {
      Element table =
          doc.select("figure").stream()
              .filter(f -> f.selectFirst("figcaption").text().contains(row.get("region")))
              .map(f -> f.selectFirst("table.budget"))
              .filter(t -> t != null)
              .findFirst()
              .orElseThrow();
      List<String> money = table.selectFirst("tr[data-usage=budget]").select("td").eachText();
      assertThat(money.get(0)).isEqualTo(row.get("budget_mio_dkk"));
      assertThat(money.get(1)).isEqualTo(row.get("spent"));
      assertThat(money.get(2)).startsWith(row.get("printed")).contains("overskredet");
      List<String> time = table.selectFirst("tr[data-usage=time]").select("td").eachText();
      assertThat(time.get(0)).isEqualTo(row.get("months_planned"));
      assertThat(time.get(1)).isEqualTo(row.get("months_used"));
      assertThat(time.get(2)).startsWith(row.get("months_printed"));
    }
  }

  @Test
  void landingPageShowsTheThreeVerdictsWithLightsAndLabels() throws IOException {
    Document doc = page("index.html");
    Element impl = doc.selectFirst("[data-verdict=implementation]");
    assertThat(impl.attr("data-light")).isEqualTo("yellow");
    assertThat(impl.selectFirst(".verdict__value").text()).isEqualTo("3,3");
    assertThat(impl.text()).contains("Gul");
    Element att = doc.selectFirst("[data-verdict=attainment]");
    assertThat(att.attr("data-light")).isEqualTo("green");
    assertThat(att.selectFirst(".verdict__value").text())
        .isEqualTo(
            ((Map<?, ?>) ((Map<?, ?>) oracle.get("verdicts")).get("attainment")).get("overall"));
    assertThat(att.text())
        .contains("Målopnåelsen er lidt under det ønskede niveau.")
        .contains("Grøn");
    assertThat(doc.select("[data-verdict]")).hasSize(3);
    assertThat(doc.select("[data-verdict] .badge__label")).hasSize(3);
    assertThat(doc.select("[data-verdict] svg.badge__icon")).hasSize(3);
  }

  @Test
  void landingPageHasTheFactBoxOfFigure1() throws IOException {
    String facts = page("index.html").selectFirst("dl.factbox").text();
    Map<?, ?> expected = (Map<?, ?>) oracle.get("facts");
    for (String key :
        List.of(
            "grant_holder",
            "case_officer",
            "fund",
            "priority",
            "grant_period",
            "municipalities",
            "regions_supporting")) {
      assertThat(facts).contains(expected.get(key).toString());
    }
    assertThat(facts).contains("31,3 mio. DKK").contains("13,6 mio. DKK");
  }

  @Test
  void printsTheOverallFiguresAndResponseRate() throws IOException {
    Document progress = page("progress.html");
    assertThat(progress.selectFirst("figure.figure--overview").text())
        .contains("Aktivitetsmål nået (alle regioner) " + oracle.get("activity_overall"))
        .contains("Outputmål nået (alle regioner) " + oracle.get("output_overall"));
    Map<?, ?> survey = (Map<?, ?>) oracle.get("survey");
    for (var note : page("effects.html").select("figure.figure--survey .figure__note").eachText()) {
      assertThat(note)
          .contains(
              "sendt til "
                  + survey.get("sent")
                  + " og besvaret af "
                  + survey.get("answered")
                  + ": en svarprocent på "
                  + survey.get("response_rate"));
    }
    assertThat(page("effects.html").select("figure.figure--survey .figure__note")).hasSize(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsTheSurveyCountsOfFigures9And10() throws IOException {
    Document doc = page("effects.html");
    Map<String, Object> survey = (Map<String, Object>) oracle.get("survey");
    for (String section : List.of("prerequisites", "expectations")) {
      for (Map<String, String> item : (List<Map<String, String>>) survey.get(section)) {
        Element row =
            doc.select("table.survey tr").stream()
                .filter(
                    tr ->
                        tr.selectFirst("th") != null
                            && tr.selectFirst("th").text().equals(item.get("text")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(item.get("text")));
        assertThat(row.select("td").get(0).text()).isEqualTo(item.get("count"));
      }
    }
    String expectations = doc.select("table.survey").get(1).text();
    assertThat(expectations)
        .contains(survey.get("growth_expect").toString())
        .contains(survey.get("growth_already").toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsTheEffectChainOfFigure2AsAnAccessibleList() throws IOException {
    Element chain = page("facts.html").selectFirst("figure.figure--effect-chain");
    Map<String, List<String>> expected = (Map<String, List<String>>) oracle.get("effect_chain");
    assertThat(chain.select(".effect-chain__column--activities li").eachText())
        .isEqualTo(expected.get("activities"));
    assertThat(chain.select(".effect-chain__column--outputs li").eachText())
        .isEqualTo(expected.get("outputs"));
    assertThat(chain.select(".effect-chain__column--effects li").eachText())
        .isEqualTo(expected.get("effects"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void numbersFiguresAsTheSourceDoes() throws IOException {
    assertThat(page("facts.html").select("figure .figure__num").eachText())
        .containsExactly("Figur 1", "Figur 2");
    assertThat(page("progress.html").select("figure .figure__num").eachText())
        .containsExactly("Figur 3", "Figur 4", "Figur 5", "Figur 6", "Figur 7", "Figur 8");
    assertThat(page("effects.html").select("figure .figure__num").eachText())
        .containsExactly("Figur 9", "Figur 10", "Figur 11", "Figur 12");
    List<String> parameters = (List<String>) oracle.get("implementation_parameters");
    assertThat(page("implementation.html").select("tr[data-parameter] th").eachText())
        .isEqualTo(parameters);
    assertThat(page("learning.html").select("li.learning-point"))
        .hasSize((Integer) oracle.get("learning_points"));
  }

  @Test
  void appendixShowsTheBandsOfScoringYaml() throws IOException {
    Document doc = page("bilag-a.html");
    List<String> finalRanges = doc.select("table[data-table=attainment-bands] tbody tr").eachText();
    assertThat(finalRanges).hasSize(5);
    assertThat(finalRanges.get(1))
        .contains("lidt under det ønskede niveau")
        .contains("81–94 %")
        .contains("35–44 %");
    assertThat(doc.select("table[data-table=implementation-bands] tbody tr").eachText())
        .containsExactly("3,5–5,0 Grøn", "2,6–3,4 Gul", "1,0–2,5 Rød");
  }

  @Test
  void everyChapterLinksToItsNeighbours() throws IOException {
    String[] order = {
      "index.html",
      "facts.html",
      "status.html",
      "implementation.html",
      "progress.html",
      "effects.html",
      "learning.html",
      "bilag-a.html"
    };
    for (int i = 0; i < order.length; i++) {
      Document doc = page(order[i]);
      if (i > 0) {
        assertThat(doc.selectFirst("a[rel=prev]").attr("href")).isEqualTo(order[i - 1]);
      }
      if (i < order.length - 1) {
        assertThat(doc.selectFirst("a[rel=next]").attr("href")).isEqualTo(order[i + 1]);
      }
    }
  }

  @Test
  void siteIndexListsTheReportWithItsThreeLights() throws IOException {
    Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    // The Danish report and its English translation are one evaluation: one card, in Danish
    // (the site's language), which links the English report.
    // (The other cards are the fictional example project's, not the reference's.)
    assertThat(index.select("li.report-card h3 a[href^='reports/social-in']").eachAttr("href"))
        .containsExactly("reports/social-inklusion/index.html");
    for (Element card : index.select("li.report-card:has(h3 a[href^='reports/social-in'])")) {
      assertThat(card.select("[data-verdict]").eachAttr("data-light"))
          .containsExactly("yellow", "green", "green");
    }
    assertThat(index.select("li.report-card .report-card__translation a").eachAttr("href"))
        .containsExactly("reports/social-inclusion/index.html");
    assertThat(index.select("nav.site-nav a").eachText())
        .containsExactly("Rapporter", "Om portalen", "Metode", "Kontakt");
  }
}
