package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bilag A and the lights follow scoring.yaml: change a rule and both change together. */
class ScoringRulesChangeTest {
  @TempDir Path tmp;

  @Test
  void appendixAndLightFollowAChangedBand() throws Exception {
    Path content = tmp.resolve("content");
    TestSites.copyExample(content);
    Path scoring = content.resolve("scoring.yaml");
    String rules = Files.readString(scoring, StandardCharsets.UTF_8);
    String changed =
        rules.replace(
            "- {light: green, from: 81, meaning: {da: \"Målopnåelsen er lidt under",
            "- {light: green, from: 85, meaning: {da: \"Målopnåelsen er lidt under");
    assertThat(changed).isNotEqualTo(rules);
    Files.writeString(scoring, changed, StandardCharsets.UTF_8);

    Path site = ExampleSite.build(content, tmp.resolve("site"));
    Document appendix =
        Jsoup.parse(site.resolve("reports/social-inklusion/bilag-a.html").toFile(), "UTF-8");
    String bands = appendix.select("table[data-table=attainment-bands] tbody tr").get(1).text();
    assertThat(bands).contains("85–94 %");
    assertThat(appendix.select("table[data-table=attainment-bands] tbody tr").get(2).text())
        .contains("65–84 %");
    Document landing =
        Jsoup.parse(site.resolve("reports/social-inklusion/index.html").toFile(), "UTF-8");
    assertThat(landing.selectFirst("[data-verdict=attainment]").attr("data-light"))
        .isEqualTo("yellow");
    assertThat(landing.selectFirst("[data-verdict=attainment]").text())
        .contains("noget under det ønskede niveau");
  }
}
