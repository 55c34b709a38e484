package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet pages and the table of reports of a small portfolio: the example (a Danish report and
 * its English twin, one evaluation) and five copies of it given other titles, funds, regions,
 * dates, kinds, effect lights and output figures. The expected counts and orders below follow from
 * {@link #SPECS}, not from the build.
 */
class FacetPagesTest {
  /** A copy of the Danish example: what it changes (null: kept as the example has it). */
  record Spec(
      String slug,
      String title,
      String fund,
      boolean dropFund,
      String region,
      String date,
      String kind,
      String effect,
      Integer b3) {}

  static final List<Spec> SPECS =
      List.of(
          new Spec("alfa", "Alfa-projektet", null, false, null, "2021-03-01", null, null, null),
          new Spec(
              "beta",
              "Beta",
              "Æblefonden",
              false,
              "Region Hovedstaden",
              "2022-06-30",
              null,
              "red",
              46),
          new Spec(
              "gamma", "Samme titel", "aeblefonden", false, null, null, "midterm", "yellow", null),
          new Spec(
              "delta",
              "Samme titel",
              null,
              true,
              "Region Hovedstaden",
              "2022-01-15",
              null,
              null,
              0),
          new Spec("epsilon", "Øresund", "Æblefonden", false, null, null, null, null, 40));

  static final String EXAMPLE = "Social inklusion gennem vækstpartnerskaber";

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = ExampleSite.build(content(tmp.resolve("content")), tmp.resolve("site"));
  }

  static Path content(Path content) throws IOException {
    TestSites.copyExample(content);
    // The fictional project's two reports have facet values of their own; this portfolio is the
    // reference report and its altered copies only, so every count below is worked out by hand.
    for (String fictional : List.of("groenne-job-midtvejs", "groenne-job-slut")) {
      SiteWriter.deleteTree(content.resolve("reports/" + fictional));
    }
    Path original = content.resolve("reports/social-inklusion");
    for (Spec s : SPECS) {
      Path copy = content.resolve("reports/" + s.slug());
      ExampleSite.copyReport(original, copy);
      Path yaml = copy.resolve("report.yaml");
      String text = Files.readString(yaml).replaceFirst("(?m)^title: .*$", "title: " + s.title());
      if (s.fund() != null) {
        text = text.replaceFirst("(?m)^  fund: .*$", "  fund: " + s.fund());
      }
      if (s.dropFund()) {
        text = text.replaceFirst("(?m)^  fund: .*$", "");
      }
      if (s.region() != null) {
        text = text.replace("name: Region Sjælland", "name: " + s.region());
      }
      String kind = s.kind() == null ? "final" : s.kind();
      text =
          text.replaceFirst(
              "(?m)^kind: .*$", "kind: " + kind + (s.date() == null ? "" : "\ndate: " + s.date()));
      if (s.effect() != null) {
        text = text.replace("  light: green", "  light: " + s.effect());
      }
      if (s.b3() != null) {
        text =
            text.replaceFirst("(target: 46, status: )27", "$1" + s.b3())
                .replaceFirst("(?m)^  published_percent: .*$", "");
      }
      Files.writeString(yaml, text);
    }
    return content;
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "https://x.test/" + path);
  }

  /** The site path a link on the page at {@code from} leads to. */
  static String target(String from, String href) {
    return Path.of(from).resolveSibling(href.replaceAll("#.*$", "")).normalize().toString();
  }

  /** On the facet overview, facet {@code id}'s values and their counts, in order. */
  static Map<String, String> counts(String id) throws IOException {
    Element section = page("facets/index.html").getElementById(id).parent();
    Map<String, String> out = new LinkedHashMap<>();
    for (Element li : section.select(".facet__values li")) {
      out.put(li.selectFirst("a").text(), li.selectFirst(".facet__count").text());
    }
    return out;
  }

  /** The page of value {@code label} of facet {@code id}, by the overview's link. */
  static String valuePage(String id, String label) throws IOException {
    Element section = page("facets/index.html").getElementById(id).parent();
    for (Element a : section.select(".facet__values a")) {
      if (a.text().equals(label)) {
        return target("facets/index.html", a.attr("href"));
      }
    }
    throw new AssertionError(label + " not on the overview under " + id);
  }

  /** The landing pages of the cards on a facet page. */
  static List<String> cardReports(String path) throws IOException {
    return page(path).select(".report-card__title a").eachAttr("href").stream()
        .map(h -> target(path, h))
        .toList();
  }

  /** A report's fact box: label to value, from its landing page. */
  static Map<String, String> facts(String landing) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element row : page(landing).select(".factbox__row")) {
      out.put(row.selectFirst("dt").text(), row.selectFirst("dd").text());
    }
    return out;
  }

  @Test
  void theOverviewCountsEachValueOncePerEvaluation() throws IOException {
    assertThat(counts("fund"))
        .containsExactly(
            Map.entry("Socialfonden (ESF)", "(2 rapporter)"),
            Map.entry("aeblefonden", "(1 rapport)"),
            Map.entry("Æblefonden", "(2 rapporter)"));
    assertThat(counts("region"))
        .containsOnly(
            Map.entry("Øvrige regioner", "(6 rapporter)"),
            Map.entry("Region Sjælland", "(4 rapporter)"),
            Map.entry("Region Hovedstaden", "(2 rapporter)"));
    assertThat(counts("year"))
        .containsExactly(
            Map.entry("2022", "(2 rapporter)"),
            Map.entry("2021", "(1 rapport)"),
            Map.entry("Uden dato", "(3 rapporter)"));
    assertThat(counts("kind"))
        .containsOnly(
            Map.entry("Slutevaluering", "(5 rapporter)"),
            Map.entry("Midtvejsevaluering", "(1 rapport)"));
    assertThat(counts("effect"))
        .containsExactly(
            Map.entry("Grøn", "(4 rapporter)"),
            Map.entry("Gul", "(1 rapport)"),
            Map.entry("Rød", "(1 rapport)"));
    assertThat(counts("grant-holder"))
        .containsOnly(Map.entry("Den Sociale Kapitalfond", "(6 rapporter)"));
  }

  @Test
  void theEnglishTwinCountsAsItsDanishOriginalAndAddsNoValuesOfItsOwn() throws IOException {
    String overview = page("facets/index.html").text();
    assertThat(overview).doesNotContain("European Social Fund", "Other regions");
    String fund = valuePage("fund", "Socialfonden (ESF)");
    assertThat(cardReports(fund))
        .containsExactly("reports/alfa/index.html", "reports/social-inklusion/index.html");
    assertThat(page(fund).select(".report-card__translation a").attr("hreflang")).isEqualTo("en");
  }

  @Test
  void everyCardOnAValuePageHasThatValueAndTheirNumberIsTheCount() throws IOException {
    Map<String, String> factOf =
        Map.of("fund", "Finansieringskilde", "grant-holder", "Tilskudsmodtager");
    for (String facet : List.of("fund", "grant-holder", "region", "year", "kind", "effect")) {
      for (Map.Entry<String, String> value : counts(facet).entrySet()) {
        String path = valuePage(facet, value.getKey());
        Document doc = page(path);
        int count = Integer.parseInt(value.getValue().replaceAll("\\D", ""));
        assertThat(doc.select(".report-card")).as(path).hasSize(count);
        assertThat(doc.selectFirst(".lead").text()).as(path).startsWith(count + " rapport");
        assertThat(doc.selectFirst("h1").text()).as(path).endsWith(": " + value.getKey());
        assertThat(doc.select(".portfolio desc").text()).as(path).contains(count + " rapport");
        for (Element card : doc.select(".report-card")) {
          String landing = target(path, card.selectFirst(".report-card__title a").attr("href"));
          Map<String, String> facts = facts(landing);
          String v = value.getKey();
          switch (facet) {
            case "fund", "grant-holder" ->
                assertThat(facts.get(factOf.get(facet))).as(landing).isEqualTo(v);
            case "region" -> assertThat(facts.get("Samlet budget")).as(landing).contains(v);
            case "year" ->
                assertThat(facts.get("Evalueringsdato"))
                    .as(landing)
                    .satisfies(
                        d -> {
                          if (v.equals("Uden dato")) {
                            assertThat(d).isNull();
                          } else {
                            assertThat(d).endsWith(v);
                          }
                        });
            case "kind" -> assertThat(card.selectFirst(".report-card__meta").text()).startsWith(v);
            default ->
                assertThat(card.selectFirst("[data-verdict=effect] .badge__label").text())
                    .isEqualTo(v);
          }
        }
      }
    }
  }

  @Test
  void valuesThatSlugAlikeHaveTheirOwnPagesAndBreadcrumbsLeadBack() throws IOException {
    String upper = valuePage("fund", "Æblefonden");
    String lower = valuePage("fund", "aeblefonden");
    assertThat(upper).isNotEqualTo(lower).matches("facets/fund/[a-z0-9-]+/index.html");
    assertThat(lower).matches("facets/fund/[a-z0-9-]+/index.html");
    assertThat(cardReports(upper))
        .containsExactlyInAnyOrder("reports/beta/index.html", "reports/epsilon/index.html");
    assertThat(cardReports(lower)).containsExactly("reports/gamma/index.html");
    List<String> crumbs =
        page(upper).select(".breadcrumbs a").eachAttr("href").stream()
            .map(h -> target(upper, h))
            .toList();
    assertThat(crumbs).containsExactly("index.html", "facets/index.html", "facets/index.html");
    assertThat(page(upper).select(".breadcrumbs a").eachAttr("href").get(2)).endsWith("#fund");
  }

  @Test
  void theIndexLinksEveryFacetAndTheTableAndTheFactBoxLinksItsValues() throws IOException {
    Document index = page("index.html");
    List<String> browse = index.select(".browse a").eachAttr("href");
    assertThat(browse).hasSize(10).last().isEqualTo("table/index.html");
    Document overview = page("facets/index.html");
    for (String href : browse.subList(0, 9)) {
      assertThat(href).startsWith("facets/index.html#");
      assertThat(overview.getElementById(href.substring(href.indexOf('#') + 1))).isNotNull();
    }
    Document alfa = page("reports/alfa/index.html");
    Element fund = alfa.selectFirst(".factbox__row:has(dt:contains(Finansieringskilde)) a");
    String fundPage = target("reports/alfa/index.html", fund.attr("href"));
    assertThat(fundPage).isEqualTo(valuePage("fund", "Socialfonden (ESF)"));
    Element date = alfa.selectFirst(".factbox__row:has(dt:contains(Evalueringsdato)) a");
    assertThat(target("reports/alfa/index.html", date.attr("href")))
        .isEqualTo(valuePage("year", "2021"));
    // The English twin is not what the facets count: its values have no pages to link.
    assertThat(page("reports/social-inclusion/index.html").select(".factbox a")).isEmpty();
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertThat(sitemap)
        .contains(
            "facets/", "table/", "table/attainment-desc/", fundPage.replace("index.html", ""));
  }

  /** The table's rows on the page sorted by {@code variant}: slug by slug. */
  static List<String> rows(String variant) throws IOException {
    String path = variant.isEmpty() ? "table/index.html" : "table/" + variant + "/index.html";
    return page(path).select(".report-table tbody th a").eachAttr("href").stream()
        .map(h -> target(path, h).replaceAll("^reports/|/index.html$", ""))
        .toList();
  }

  @Test
  void theTableSortsEachWayWithTiesByTitleThenSlug() throws IOException {
    // Danish order: Æ Ø Å after Z; the two "Samme titel" by slug, either way.
    assertThat(rows(""))
        .containsExactly("alfa", "beta", "delta", "gamma", "social-inklusion", "epsilon");
    assertThat(rows("title-desc"))
        .containsExactly("epsilon", "social-inklusion", "delta", "gamma", "beta", "alfa");
    // Undated reports last either way; equal years by title.
    assertThat(rows("year-asc"))
        .containsExactly("alfa", "beta", "delta", "gamma", "social-inklusion", "epsilon");
    assertThat(rows("year-desc"))
        .containsExactly("beta", "delta", "alfa", "gamma", "social-inklusion", "epsilon");
    // Effect: red, yellow, green ascending; equal lights by title.
    assertThat(rows("effect-asc"))
        .containsExactly("beta", "gamma", "alfa", "delta", "social-inklusion", "epsilon");
    assertThat(rows("effect-desc"))
        .containsExactly("alfa", "delta", "social-inklusion", "epsilon", "gamma", "beta");
    // Every implementation mean is 3,3: the order is the tie-break's, both ways.
    assertThat(rows("implementation-desc")).isEqualTo(rows(""));
    assertThat(rows("implementation-asc")).isEqualTo(rows(""));
    // A report without a fund comes last either way.
    assertThat(rows("fund-asc")).last().isEqualTo("delta");
    assertThat(rows("fund-desc")).last().isEqualTo("delta");
  }

  @Test
  void attainmentSortsByThePercentThenTitle() throws IOException {
    for (String dir : List.of("asc", "desc")) {
      Document doc = page("table/attainment-" + dir + "/index.html");
      List<BigDecimal> figures = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      for (Element row : doc.select(".report-table tbody tr")) {
        String printed = row.selectFirst("[data-label=Målopnåelse] .report-table__figure").text();
        figures.add(new BigDecimal(printed.replaceAll("[^0-9]", "")));
        titles.add(row.selectFirst("th").text());
      }
      assertThat(figures.stream().distinct().count()).as("distinct figures").isGreaterThan(2);
      for (int i = 1; i < figures.size(); i++) {
        int c = figures.get(i - 1).compareTo(figures.get(i));
        assertThat(dir.equals("asc") ? c : -c).as("row %d of %s", i, dir).isLessThanOrEqualTo(0);
        if (c == 0) {
          assertThat(
                  java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da"))
                      .compare(titles.get(i - 1), titles.get(i)))
              .isLessThanOrEqualTo(0);
        }
      }
    }
  }

  @Test
  void theSortedColumnSaysSoAndItsHeaderLinksTheOtherWay() throws IOException {
    Document asc = page("table/attainment-asc/index.html");
    Element th = asc.selectFirst("thead th[aria-sort]");
    assertThat(th.attr("aria-sort")).isEqualTo("ascending");
    assertThat(target("table/attainment-asc/index.html", th.selectFirst("a").attr("href")))
        .isEqualTo("table/attainment-desc/index.html");
    assertThat(asc.select("thead th[aria-sort]")).hasSize(1);
    Document desc = page("table/attainment-desc/index.html");
    assertThat(desc.selectFirst("thead th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
    assertThat(
            target(
                "table/attainment-desc/index.html",
                desc.selectFirst("thead th[aria-sort] a").attr("href")))
        .isEqualTo("table/attainment-asc/index.html");
    Map<String, String> headers =
        page("table/index.html").select("thead th a").stream()
            .collect(
                Collectors.toMap(
                    a -> a.ownText(), a -> a.attr("href"), (a, b) -> a, LinkedHashMap::new));
    assertThat(headers)
        .containsEntry("Titel", "title-desc/index.html")
        .containsEntry("Målopnåelse", "attainment-asc/index.html");
    for (String href : headers.values()) {
      assertThat(site.resolve("table/" + href)).exists();
    }
    // Figures as printed, in the page's language; lights as word and shape.
    Element example =
        page("table/index.html").selectFirst("tbody tr:has(a:contains(" + EXAMPLE + "))");
    assertThat(example.select("td").eachText())
        .containsSubsequence("Slutevaluering", "Uden dato", "Socialfonden (ESF)");
    assertThat(example.selectFirst("[data-label=Implementering]").text()).isEqualTo("3,3 Gul");
    assertThat(example.selectFirst("[data-label=Målopnåelse]").text()).isEqualTo("84 % Grøn");
    assertThat(example.select(".badge svg")).hasSize(3);
  }
}
