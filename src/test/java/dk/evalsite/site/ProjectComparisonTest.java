package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's fictional project (groenne-job-midtvejs → groenne-job-slut): the final's landing
 * page compares it with the midterm, every expected figure worked out by hand from the two
 * report.yaml files; the midterm links forward; the index groups the two; and an edit of the
 * midterm reaches the final's comparison in incremental builds, in memory and through the disk
 * cache.
 */
class ProjectComparisonTest {
  static final String FINAL = "reports/groenne-job-slut/index.html";
  static final String MIDTERM = "reports/groenne-job-midtvejs/index.html";
  @TempDir static Path shared;
  static Document finalPage;
  static Document midtermPage;
  static Document index;

  @BeforeAll
  static void build() throws Exception {
    Path out = TestSites.buildExample(shared.resolve("site"));
    finalPage = Jsoup.parse(out.resolve(FINAL).toFile(), "UTF-8");
    midtermPage = Jsoup.parse(out.resolve(MIDTERM).toFile(), "UTF-8");
    index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
  }

  /** The cells of a comparison row: label, then, now, change (text, spaces collapsed). */
  private static List<String> row(Document page, String table, String row) {
    Element tr = page.selectFirst("#" + table + " tr[data-compare-row=" + row + "]");
    assertThat(tr).as("%s row %s", table, row).isNotNull();
    return tr.children().stream().map(Element::text).toList();
  }

  @Test
  void theFinalShowsBothEvaluationsLightsEachByItsOwnBands() {
    Element compare = finalPage.selectFirst("[data-compare]");
    assertThat(compare).isNotNull();
    // Implementation: midterm (3+3+3+3+2+2)/6 = 2,67 → 2,7, yellow (2,6–3,4); final
    // (4+4+3+4+3+4)/6 = 3,67 → 3,7, green (3,5–5,0); change 3,7 − 2,7 = +1,0.
    assertThat(row(finalPage, "compare-verdicts", "implementation"))
        .containsExactly("Projektets implementering", "2,7 Gul", "3,7 Grøn", "+1,0");
    // Attainment, output rows capped: midterm (38+33+48+30+22+26)/6 = 197/6 = 32,8 → 32 %, yellow
    // in the midterm bands (25–34 %); final (92+85+100+72+68+60+73+45)/8 = 595/8 = 74,4 → 74 %,
    // yellow in the final bands (65–80 %). Change 74 − 32 = +42 points.
    assertThat(row(finalPage, "compare-verdicts", "attainment"))
        .containsExactly("Målopnåelse", "32 % Gul", "74 % Gul", "+42 pct.-point");
    // Effect: the evaluators' lights, red then, yellow now; evidence 0 of 2 (midterm: C1 14/40,
    // 6/25; C2 not collected) and 2 of 4 (C1 63/60 and 36/35 met; C2 27/40, 9/25 not).
    assertThat(row(finalPage, "compare-verdicts", "effect"))
        .containsExactly(
            "Effektvurdering", "0 af 2 effektmål nået Rød", "2 af 4 effektmål nået Gul", "–");
    // Lights as shape and word, never colour alone.
    Element attainment = finalPage.selectFirst("#compare-verdicts tr[data-compare-row=attainment]");
    assertThat(attainment.select(".badge--yellow svg path")).hasSize(2);
    Element effect = finalPage.selectFirst("#compare-verdicts tr[data-compare-row=effect]");
    assertThat(effect.select(".badge--red svg rect")).hasSize(1);
    assertThat(effect.select(".badge--yellow .badge__label").text()).isEqualTo("Gul");
  }

  @Test
  void everyGoalRowShowsItsAttainmentThenAndNowWithTheChangeInPoints() {
    // B2 Nordkysten: 20/60 = 33,3 → 33 % (yellow, midterm 25–34 %); 51/60 = 85 % (green, final
    // 81–90 %); 85 − 33 = +52.
    assertThat(row(finalPage, "compare-nordkysten-output", "B2"))
        .containsExactly(
            "B2 Deltagere i virksomhedspraktik", "33 % Gul", "85 % Grøn", "+52 pct.-point");
    // B3 Nordkysten: 12/25 = 48 %; 26/25 is over target, printed +100 % and capped at 100:
    // 100 − 48 = +52.
    assertThat(row(finalPage, "compare-nordkysten-output", "B3").subList(1, 4))
        .containsExactly("48 % Grøn", "+100 % Grøn", "+52 pct.-point");
    // C1 Nordkysten, each against its own kind's target: midterm 14 of 40 (during) = 35 %; final
    // 63 of 60 (after) = +100 %; 100 − 35 = +65.
    assertThat(row(finalPage, "compare-nordkysten-effect", "C1").subList(1, 4))
        .containsExactly("35 % Grøn", "+100 % Grøn", "+65 pct.-point");
    // C2 Nordkysten was not collected at the midterm ("-"): no change.
    assertThat(row(finalPage, "compare-nordkysten-effect", "C2").subList(1, 4))
        .containsExactly("-", "67 % Gul", "–");
    // B2 Sydkysten: 9/40 = 22,5 → 22 % (red, midterm 15–24 %); 24/40 = 60 % (red, final
    // 20–64 %); +38.
    assertThat(row(finalPage, "compare-sydkysten-output", "B2").subList(1, 4))
        .containsExactly("22 % Rød", "60 % Rød", "+38 pct.-point");
  }

  @Test
  void aGoalInOnlyOneEvaluationIsShownAsSuchNotDropped() {
    // A3 was dropped after the midterm (14 of 20 = 70 %); A4 and B4 are new in the final.
    assertThat(row(finalPage, "compare-nordkysten-activity", "A3"))
        .containsExactly(
            "A3 Informationsmøder i lokalsamfundet",
            "70 % Grøn",
            "ikke med",
            "kun i midtvejsevalueringen");
    assertThat(
            finalPage
                .selectFirst("#compare-nordkysten-activity tr[data-compare-row=A3]")
                .attr("data-presence"))
        .isEqualTo("only-then");
    // B4 Sydkysten: 9 of 20 = 45 %, red in the final bands (20–64 %).
    assertThat(row(finalPage, "compare-sydkysten-output", "B4"))
        .containsExactly(
            "B4 Deltagere med et branchecertifikat",
            "ikke med",
            "45 % Rød",
            "ny i slutevalueringen");
    assertThat(row(finalPage, "compare-sydkysten-activity", "A4").get(3))
        .isEqualTo("ny i slutevalueringen");
  }

  @Test
  void budgetTimeAndSurveyThenAndNow() {
    // 5,1 of 12,4 = 41,1 → 41 %; 12,2 of 12,4 = 98,4 → 98 %; spent since: 12,2 − 5,1 = 7,1.
    assertThat(row(finalPage, "compare-budget", "nordkysten-budget"))
        .containsExactly(
            "Nordkysten: budget (mio. DKK)",
            "5,1 af 12,4: 41 %",
            "12,2 af 12,4: 98 %",
            "+7,1 mio. DKK");
    assertThat(row(finalPage, "compare-budget", "sydkysten-months").subList(1, 4))
        .containsExactly("24 af 48: 50 %", "48 af 48: 100 %", "+24 mdr.");
    // Response rate 21/30 = 70 %, 26/32 = 81,25 → 81 % (rounded); +11.
    assertThat(row(finalPage, "compare-survey", "response-rate").subList(1, 4))
        .containsExactly("70 % (21 af 30)", "81 % (26 af 32)", "+11 pct.-point");
    // "har ansat ...": 6/21 = 28,6 → 29 %; 14/26 = 53,8 → 54 %; +25.
    assertThat(row(finalPage, "compare-survey", "item-2"))
        .containsExactly(
            "har ansat eller vil ansætte en deltager",
            "29 % (6 af 21)",
            "54 % (14 af 26)",
            "+25 pct.-point");
    assertThat(row(finalPage, "compare-survey", "item-4").subList(1, 4))
        .containsExactly("71 % (15 af 21)", "ikke med", "kun i midtvejsevalueringen");
  }

  @Test
  void theMidtermLinksForwardAndTheIndexGroupsTheProject() {
    Element forward = midtermPage.selectFirst("[data-follow-up] a");
    assertThat(forward.text()).isEqualTo("Se slutevalueringen");
    assertThat(forward.attr("href")).isEqualTo("../../reports/groenne-job-slut/index.html");
    assertThat(midtermPage.select("[data-compare]")).isEmpty();
    assertThat(finalPage.selectFirst("[data-compare] a").attr("href"))
        .isEqualTo("../../reports/groenne-job-midtvejs/index.html");
    Element finalCard =
        index.selectFirst(".report-card:has(h3 a[href=reports/groenne-job-slut/index.html])");
    assertThat(finalCard.selectFirst(".report-card__project").text())
        .isEqualTo("Midtvejsevaluering: Grønne job på Kysten");
    Element midtermCard =
        index.selectFirst(".report-card:has(h3 a[href=reports/groenne-job-midtvejs/index.html])");
    assertThat(midtermCard.hasClass("report-card--superseded")).isTrue();
    assertThat(midtermCard.selectFirst(".report-card__project a").attr("href"))
        .isEqualTo("reports/groenne-job-slut/index.html");
    // The real reference report is in no project and is not marked.
    Element reference =
        index.selectFirst(".report-card:has(h3 a[href=reports/social-inklusion/index.html])");
    assertThat(reference.select(".report-card__project, .report-card__fictional")).isEmpty();
  }

  @Test
  void everyPageOfTheFictionalProjectSaysSoAndNoPageOfTheReferenceDoes() throws Exception {
    Path site = shared.resolve("site");
    for (String slug : List.of("groenne-job-midtvejs", "groenne-job-slut")) {
      try (var pages = Files.list(site.resolve("reports/" + slug))) {
        for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
          assertThat(Files.readString(page))
              .as(page.toString())
              .contains(
                  "<p class=\"fictional-notice\" role=\"note\">Fiktivt eksempel: projektet,"
                      + " tallene og personerne er opdigtede.</p>");
        }
      }
    }
    for (String slug : List.of("social-inklusion", "social-inclusion")) {
      try (var pages = Files.list(site.resolve("reports/" + slug))) {
        for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
          assertThat(Files.readString(page)).as(page.toString()).doesNotContain("fictional");
        }
      }
    }
  }

  // ---- incremental builds ----

  @TempDir Path tmp;

  private static void edit(Path file, UnaryOperator<String> change) throws Exception {
    String before = Files.readString(file);
    String after = change.apply(before);
    assertThat(after).isNotEqualTo(before);
    Files.writeString(file, after);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
  }

  /** The midterm's B2 Nordkysten: 20 of 60 becomes 30 of 60. */
  private static void editMidtermStatus(Path content) throws Exception {
    edit(
        content.resolve("reports/groenne-job-midtvejs/report.yaml"),
        s ->
            s.replace(
                "label: \"Deltagere i virksomhedspraktik\", target: 60, status: 20}",
                "label: \"Deltagere i virksomhedspraktik\", target: 60, status: 30}"));
  }

  /**
   * After the edit: B2 Nordkysten then 30/60 = 50 %, change 85 − 50 = +35; the midterm's overall
   * attainment (38+50+48+30+22+26)/6 = 214/6 = 35,7 → 35 %, green in the midterm bands (35–44 %),
   * change 74 − 35 = +39.
   */
  private static void assertFinalShowsTheEditedMidterm(String html) {
    Document page = Jsoup.parse(html);
    assertThat(row(page, "compare-nordkysten-output", "B2").subList(1, 4))
        .containsExactly("50 % Grøn", "85 % Grøn", "+35 pct.-point");
    assertThat(row(page, "compare-verdicts", "attainment").subList(1, 4))
        .containsExactly("35 % Grøn", "74 % Gul", "+39 pct.-point");
  }

  private static Map<String, String> render(Path content, Rebuilds memo) {
    Diagnostics d = new Diagnostics();
    Map<String, String> out = new TreeMap<>();
    new SiteBuilder(d, false, memo)
        .render(content)
        .orElseThrow(() -> new AssertionError(d.sorted()))
        .forEach(f -> out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
    return out;
  }

  @Test
  void editingTheMidtermsStatusRendersTheFinalsComparisonAgainInMemory() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Rebuilds memo = new Rebuilds();
    render(content, memo);
    editMidtermStatus(content);
    Map<String, String> incremental = render(content, memo);
    assertFinalShowsTheEditedMidterm(incremental.get(FINAL));
    assertThat(incremental).isEqualTo(render(content, new Rebuilds()));
  }

  @Test
  void editingTheMidtermsStatusRendersTheFinalsComparisonAgainThroughTheDiskCache()
      throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path site = tmp.resolve("site");
    build(content, site, false);
    editMidtermStatus(content);
    BuildResult result = build(content, site, false);
    assertFinalShowsTheEditedMidterm(Files.readString(site.resolve(FINAL)));
    // Both evaluations' pages (8 each) and the index unit (its midterm card's figure changed): the
    // index, the 404 page, the facet pages and the table's pages.
    long portfolio =
        ExampleSite.files(site).keySet().stream()
            .filter(p -> p.matches("(facets|table)/.*\\.html"))
            .count();
    assertThat(portfolio).isGreaterThan(20);
    assertThat(result.renderedPages()).isEqualTo(8 + 8 + 2 + portfolio);
    Path clean = tmp.resolve("clean");
    build(content, clean, true);
    assertThat(Files.readString(site.resolve(FINAL)))
        .isEqualTo(Files.readString(clean.resolve(FINAL)));
  }

  @Test
  void aKeptMidtermDoesNotRenderItsFinalAgain() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path site = tmp.resolve("site");
    build(content, site, false);
    // The final's own narrative: the midterm is kept, and its figures read back from the cache
    // give the key the final recorded, so the midterm is not rendered again.
    edit(content.resolve("reports/groenne-job-slut/status.md"), s -> s + "\nEn sætning mere.\n");
    assertThat(build(content, site, false).renderedPages()).isEqualTo(8);
    // Another report's narrative renders neither of them.
    edit(content.resolve("reports/social-inklusion/status.md"), s -> s + "\nEn sætning mere.\n");
    assertThat(build(content, site, false).renderedPages()).isEqualTo(8);
  }

  /** An English twin of a fictional report (its Danish narratives will do for this test). */
  private static void englishTwin(Path content, String slug, String twinSlug) throws Exception {
    ExampleSite.copyTree(
        content.resolve("reports/" + slug), content.resolve("reports/" + twinSlug));
    Path yaml = content.resolve("reports/" + twinSlug + "/report.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("title: Grønne job på Kysten", "title: Green jobs on the Coast")
            .replace(
                "fictional: true\n", "fictional: true\nlanguage: en\ntranslation: " + slug + "\n"));
  }

  @Test
  void aTranslatedFinalComparesWithTheMidtermInItsLanguageElseWithTheOther() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    englishTwin(content, "groenne-job-slut", "green-jobs-final");
    Path site = tmp.resolve("site");
    build(content, site, true);
    // No English midterm: the English final compares with the Danish one, marked as Danish.
    Document en =
        Jsoup.parse(site.resolve("reports/green-jobs-final/index.html").toFile(), "UTF-8");
    Element link = en.selectFirst("[data-compare] .compare__lead a");
    assertThat(link.attr("href")).isEqualTo("../../reports/groenne-job-midtvejs/index.html");
    assertThat(link.attr("hreflang")).isEqualTo("da");
    // English formatting of the same figures: 33 % → 85 % is "+52 pp".
    assertThat(row(en, "compare-nordkysten-output", "B2").subList(1, 4))
        .containsExactly("33% Yellow", "85% Green", "+52 pp");
    // A3 is only in the (Danish) midterm: its label is marked Danish.
    assertThat(
            en.selectFirst("#compare-nordkysten-activity tr[data-compare-row=A3] th").attr("lang"))
        .isEqualTo("da");
    // The Danish midterm links forward to the Danish final, not the English one.
    Document midterm = Jsoup.parse(site.resolve(MIDTERM).toFile(), "UTF-8");
    assertThat(midterm.selectFirst("[data-follow-up] a").attr("href"))
        .isEqualTo("../../reports/groenne-job-slut/index.html");

    // With an English midterm too, each final compares with the midterm in its own language.
    englishTwin(content, "groenne-job-midtvejs", "green-jobs-midterm");
    build(content, site, false);
    en = Jsoup.parse(site.resolve("reports/green-jobs-final/index.html").toFile(), "UTF-8");
    assertThat(en.selectFirst("[data-compare] .compare__lead a").attr("href"))
        .isEqualTo("../../reports/green-jobs-midterm/index.html");
    Document da = Jsoup.parse(site.resolve(FINAL).toFile(), "UTF-8");
    assertThat(da.selectFirst("[data-compare] .compare__lead a").attr("href"))
        .isEqualTo("../../reports/groenne-job-midtvejs/index.html");
    Document enMidterm =
        Jsoup.parse(site.resolve("reports/green-jobs-midterm/index.html").toFile(), "UTF-8");
    assertThat(enMidterm.selectFirst("[data-follow-up] a").attr("href"))
        .isEqualTo("../../reports/green-jobs-final/index.html");
    assertThat(enMidterm.selectFirst("[data-follow-up] a").text())
        .isEqualTo("See the final evaluation");
    // The incremental build equals a clean one.
    Path clean = tmp.resolve("clean");
    build(content, clean, true);
    assertThat(ExampleSite.files(site).keySet()).isEqualTo(ExampleSite.files(clean).keySet());
    for (String page : List.of(FINAL, "reports/green-jobs-final/index.html", MIDTERM)) {
      assertThat(Files.readString(site.resolve(page)))
          .isEqualTo(Files.readString(clean.resolve(page)));
    }
  }

  private static BuildResult build(Path content, Path out, boolean clean) throws Exception {
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(content, out, false, clean);
    assertThat(d.hasErrors()).as("%s", d.sorted()).isFalse();
    return result;
  }
}
