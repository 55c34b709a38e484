package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio's open data, read back as other tools read it: RFC 4180 CSV with a header, the
 * Excel variant, and JSON; every goal row of the example reports with the figures the source prints
 * (Figur 7, 11 and 12).
 */
class OpenDataTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = TestSites.buildExample(tmp.resolve("site"));
  }

  static List<Map<String, String>> csv(String name, char separator) throws IOException {
    String text = Files.readString(site.resolve("data/" + name), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .readerFor(Map.class)
            .with(schema)
            .readValues(text)) {
      return rows.readAll();
    }
  }

  static Map<String, String> goal(
      List<Map<String, String>> goals, String report, String region, String id) {
    return goals.stream()
        .filter(
            g ->
                g.get("report").equals(report)
                    && g.get("region_name").equals(region)
                    && g.get("goal").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no goal " + id + " of " + region));
  }

  @Test
  void reportsCsvHasOneRowPerReportWithItsVerdicts() throws IOException {
    List<Map<String, String>> reports = csv("reports.csv", ',');

    assertThat(reports)
        .extracting(r -> r.get("slug"))
        .containsExactly(
            "groenne-job-midtvejs", "groenne-job-slut", "social-inclusion", "social-inklusion");
    Map<String, String> da = reports.get(3);
    assertThat(da.get("translation")).isEqualTo("social-inclusion");
    assertThat(da.get("implementation_mean")).isEqualTo("3.3");
    assertThat(da.get("implementation_light")).isEqualTo("yellow");
    assertThat(da.get("attainment_goals")).isEqualTo("output");
    assertThat(da.get("attainment_percent")).isEqualTo("84");
    assertThat(da.get("attainment_light")).isEqualTo("green");
    assertThat(da.get("grant_from")).isEqualTo("2018-02-06");
    assertThat(da.get("page")).isEqualTo("reports/social-inklusion/");
    // a project's midterm and final evaluation share its id; a report of no project has none
    assertThat(reports)
        .extracting(r -> r.get("project"))
        .containsExactly("groenne-job-paa-kysten", "groenne-job-paa-kysten", "", "");
  }

  @Test
  void goalsCsvHasEveryGoalRowAsTheSourcePrintsIt() throws IOException {
    List<Map<String, String>> goals = csv("goals.csv", ',');
    String r = "social-inklusion";

    // 6 activity, 7 output and 16 effect rows per language (Figur 3-4, 7-8, 11-12).
    assertThat(goals.stream().filter(g -> g.get("report").equals(r))).hasSize(29);
    Map<String, String> b3 = goal(goals, r, "Øvrige regioner", "B3");
    assertThat(b3)
        .containsEntry("target", "46")
        .containsEntry("status", "27")
        .containsEntry("printed", "58 %")
        .containsEntry("outcome", "under")
        .containsEntry("light", "red");
    assertThat(goal(goals, r, "Øvrige regioner", "C2"))
        .containsEntry("target", "45.5")
        .containsEntry("printed", "59 %");
    assertThat(goal(goals, r, "Region Sjælland", "C8"))
        .containsEntry("printed", "0 %")
        .containsEntry("outcome", "undefined")
        .containsEntry("light", "");
    assertThat(goal(goals, r, "Øvrige regioner", "A1"))
        .containsEntry("printed", "+100 %")
        .containsEntry("outcome", "over");
  }

  @Test
  void theExcelVariantUsesSemicolonsDecimalCommasAndABom() throws IOException {
    byte[] bytes = Files.readAllBytes(site.resolve("data/goals-excel.csv"));
    assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1))
        .isEqualTo("\u00ef\u00bb\u00bf");
    List<Map<String, String>> goals = csv("goals-excel.csv", ';');

    assertThat(goal(goals, "social-inklusion", "Øvrige regioner", "C2"))
        .containsEntry("target", "45,5")
        .containsEntry("printed", "59 %");
    assertThat(goals).hasSameSizeAs(csv("goals.csv", ','));
  }

  @Test
  void theJsonHasTheSameRowsWithNumbersAsNumbers() throws IOException {
    JsonNode goals = new ObjectMapper().readTree(site.resolve("data/goals.json").toFile());
    List<Map<String, String>> csvGoals = csv("goals.csv", ',');

    assertThat(goals.size()).isEqualTo(csvGoals.size());
    JsonNode c2 = null;
    for (JsonNode g : goals) {
      if (g.get("goal").asText().equals("C2")
          && g.get("region").asText().equals("ovrige")
          && g.get("report").asText().equals("social-inklusion")) {
        c2 = g;
      }
    }
    assertThat(c2.get("target").isNumber()).isTrue();
    assertThat(c2.get("target").decimalValue()).isEqualByComparingTo("45.5");
    assertThat(c2.get("printed").asText()).isEqualTo("59 %");
    String raw = Files.readString(site.resolve("data/reports.csv"));
    assertThat(raw).contains("\r\n").startsWith("slug,title,language,");
  }
}
