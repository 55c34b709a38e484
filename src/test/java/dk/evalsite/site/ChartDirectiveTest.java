package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authors place a chart anywhere in a narrative with {@code {{chart NAME key=value}}}. */
class ChartDirectiveTest {
  @TempDir Path tmp;

  private Path contentWithStatus(String status) throws Exception {
    Path content = tmp.resolve("content");
    TestSites.copyExample(content);
    Files.writeString(
        content.resolve("reports/social-inklusion/status.md"), status, StandardCharsets.UTF_8);
    return content;
  }

  @Test
  void placesAChartInAnotherChapterLinkedToItsTable() throws Exception {
    Path content =
        contentWithStatus("Intro.\n\n{{chart output region=sjaelland}}\n\nMere tekst.\n");
    Path site = ExampleSite.build(content, tmp.resolve("site"));
    var status =
        Jsoup.parse(site.resolve("reports/social-inklusion/status.html").toFile(), "UTF-8");
    Element figure = status.selectFirst("figure.figure--output");
    assertThat(figure.selectFirst("svg.chart desc").text()).contains("B3 8 af 20, 40 %, rød");
    assertThat(figure.selectFirst("a").attr("href")).isEqualTo("progress.html#figur-8");
    assertThat(figure.selectFirst("a").text()).isEqualTo("Tallene står i Figur 8.");
    assertThat(figure.select("table")).isEmpty();
    // The table itself stays where it was, with its number.
    var progress =
        Jsoup.parse(site.resolve("reports/social-inklusion/progress.html").toFile(), "UTF-8");
    assertThat(progress.select("#figur-8 table tr[data-goal]")).hasSize(3);
  }

  @Test
  void aChartOfAFigureWithoutOneIsAnErrorWithItsLine() throws Exception {
    Path content =
        contentWithStatus("Intro.\n\n{{chart factbox}}\n\n{{chart output region=fyn}}\n");
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(content, tmp.resolve("site"));
    assertThat(result.written()).isFalse();
    assertThat(d.sorted())
        .filteredOn(Diagnostic::isError)
        .extracting(
            x ->
                x.pos().file().getFileName()
                    + ":"
                    + x.pos().line()
                    + ":"
                    + x.pos().column()
                    + " "
                    + x.message())
        .containsExactly(
            "status.md:3:1 figure `factbox` has no chart",
            "status.md:5:1 the report has no region `fyn`");
    assertThat(Files.exists(tmp.resolve("site"))).isFalse();
  }
}
