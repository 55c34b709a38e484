package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build after one report's fund changed writes the facet pages and the table as a
 * clean build does, and removes the page of the value no report has any more.
 */
class FacetIncrementalTest {
  @TempDir Path tmp;

  private static void build(Path content, Path out) throws java.io.IOException {
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(content, out, false, false);
    assertThat(d.hasErrors()).as("%s", d.sorted()).isFalse();
    assertThat(result.written()).isTrue();
  }

  @Test
  void aChangedFundMovesTheReportToTheNewValuesPageAndRemovesTheOld() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    ExampleSite.copyReport(
        content.resolve("reports/social-inklusion"), content.resolve("reports/kopi"));
    Path yaml = content.resolve("reports/kopi/report.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replaceFirst("(?m)^  fund: .*$", "  fund: Æblefonden"));
    Path site = tmp.resolve("site");
    build(content, site);
    Map<String, byte[]> before = ExampleSite.files(site);
    String old =
        before.keySet().stream()
            .filter(p -> p.matches("facets/fund/aeblefonden-[0-9a-f]+/index.html"))
            .findFirst()
            .orElseThrow();

    Files.writeString(
        yaml, Files.readString(yaml).replace("  fund: Æblefonden", "  fund: Pærefonden"));
    Files.setLastModifiedTime(yaml, FileTime.from(Instant.now().plusSeconds(5)));
    build(content, site);

    Map<String, byte[]> after = ExampleSite.files(site);
    assertThat(after).doesNotContainKey(old);
    assertThat(after.keySet())
        .anyMatch(p -> p.matches("facets/fund/paerefonden-[0-9a-f]+/index.html"));
    assertThat(new String(after.get("facets/index.html"), "UTF-8"))
        .contains("Pærefonden")
        .doesNotContain("Æblefonden");
    Path clean = tmp.resolve("clean");
    build(content, clean);
    Map<String, byte[]> fresh = ExampleSite.files(clean);
    assertThat(after.keySet()).isEqualTo(fresh.keySet());
    fresh.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
  }
}
