package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio index split into pages: 102 evaluations (100 copies of the Danish example report plus
 * the example's twins, which count once) give two pages of at most 100 cards, each linked from the
 * other, every card on exactly one page, and no page near 200 KB.
 */
class PagedIndexTest {
  static final int COPIES = 100;

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path original = content.resolve("reports/social-inklusion");
    String yaml =
        Files.readString(original.resolve("report.yaml")).replaceFirst("(?m)^translation: .*$", "");
    for (int i = 0; i < COPIES; i++) {
      Path copy = content.resolve(String.format("reports/kopi-%03d", i));
      ExampleSite.copyTree(original, copy);
      Files.writeString(copy.resolve("report.yaml"), yaml);
    }
    site = ExampleSite.build(content, tmp.resolve("site"));
  }

  static Document page(String name) throws IOException {
    return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
  }

  @Test
  void everyEvaluationHasOneCardOnExactlyOnePageOfAtMostAHundred() throws IOException {
    Document first = page("index.html");
    Document second = page("index-2.html");

    assertThat(first.select(".report-card")).hasSize(100);
    // The copies, the reference report (one card with its translation) and the fictional
    // project's midterm and final.
    assertThat(second.select(".report-card")).hasSize(COPIES + 3 - 100);
    assertThat(site.resolve("index-3.html")).doesNotExist();
    List<String> links = new ArrayList<>(first.select(".report-card__title a").eachAttr("href"));
    links.addAll(second.select(".report-card__title a").eachAttr("href"));
    assertThat(links).doesNotHaveDuplicates().hasSize(COPIES + 3);
  }

  @Test
  void thePagesLinkEachOtherAndOnlyTheFirstHasThePortfolioChart() throws IOException {
    Document first = page("index.html");
    Document second = page("index-2.html");

    assertThat(first.select(".index-pager a[rel=next]").attr("href")).isEqualTo("index-2.html");
    assertThat(first.select(".index-pager [aria-current=page]").text()).isEqualTo("1");
    assertThat(second.select(".index-pager a[rel=prev]").attr("href")).isEqualTo("index.html");
    assertThat(second.select(".index-pager [aria-current=page]").text()).isEqualTo("2");
    assertThat(second.title()).startsWith("Rapporter, side 2 af 2");
    assertThat(first.select(".portfolio svg.chart")).isNotEmpty();
    assertThat(first.select(".portfolio desc").first().text()).contains(String.valueOf(COPIES + 1));
    assertThat(second.select(".portfolio")).isEmpty();
    assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("index-2.html");
  }

  @Test
  void noPageOfTheIndexComesNear200Kb() throws IOException {
    for (String name : List.of("index.html", "index-2.html")) {
      assertThat(Files.size(site.resolve(name))).as(name).isLessThan(200 * 1024);
    }
  }

  @Test
  void aFacetValueAndTheTablePageLikeTheIndexAndStayUnder200Kb() throws IOException {
    Document overview = page("facets/index.html");
    String fund =
        overview.select("#fund ~ ul a").stream()
            .filter(a -> a.text().equals("Socialfonden (ESF)"))
            .findFirst()
            .orElseThrow()
            .attr("href");
    String folder = "facets/" + fund.replace("index.html", "");
    assertThat(page(folder + "index.html").select(".report-card")).hasSize(100);
    // The copies, the reference report and the fictional project's two reports all name this
    // fund, as they are all on the table: COPIES + 3 evaluations.
    assertThat(page(folder + "index-2.html").select(".report-card")).hasSize(COPIES + 3 - 100);
    assertThat(page(folder + "index-2.html").select(".portfolio")).isEmpty();
    for (String table : List.of("table/", "table/attainment-desc/", "table/effect-asc/")) {
      assertThat(page(table + "index.html").select(".report-table tbody tr")).hasSize(100);
      assertThat(page(table + "index-2.html").select(".report-table tbody tr"))
          .hasSize(COPIES + 3 - 100);
      assertThat(page(table + "index.html").select(".index-pager a[rel=next]").attr("href"))
          .isEqualTo("index-2.html");
    }
    List<Path> pages;
    try (var walk = Files.walk(site)) {
      pages =
          walk.filter(p -> p.toString().endsWith(".html"))
              .filter(
                  p -> p.startsWith(site.resolve("facets")) || p.startsWith(site.resolve("table")))
              .toList();
    }
    assertThat(pages).hasSizeGreaterThan(40);
    for (Path p : pages) {
      assertThat(Files.size(p)).as(p.toString()).isLessThan(200 * 1024);
    }
  }
}
