package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts appear in previews (with a banner) and never in a published build. */
class DraftsTest {
  @TempDir Path tmp;

  private Path contentWithDrafts() throws Exception {
    Path content = tmp.resolve("content");
    TestSites.copyExample(content);
    Files.writeString(
        content.resolve("pages/udkast.md"), "---\ntitle: Udkast\ndraft: true\n---\nIkke færdig.\n");
    Path draftReport = content.resolve("reports/ny-rapport");
    Files.createDirectories(draftReport);
    String yaml =
        Files.readString(content.resolve("reports/social-inklusion/report.yaml"))
            .replace(
                "title: Social inklusion gennem vækstpartnerskaber",
                "title: Ny rapport\ndraft: true")
            .replaceAll("(?m)^translation:.*$", "#"); // a report of its own, not a translation
    Files.writeString(draftReport.resolve("report.yaml"), yaml);
    return content;
  }

  @Test
  void aPublishedBuildNeitherWritesNorLinksDrafts() throws Exception {
    Path site = ExampleSite.build(contentWithDrafts(), tmp.resolve("site"));
    assertThat(site.resolve("udkast.html")).doesNotExist();
    assertThat(site.resolve("reports/ny-rapport")).doesNotExist();
    for (Path page : ExampleSite.files(site).keySet().stream().map(site::resolve).toList()) {
      if (page.toString().endsWith(".html")) {
        String html = Files.readString(page);
        assertThat(html)
            .as(page.toString())
            .doesNotContain("udkast.html")
            .doesNotContain("ny-rapport")
            .doesNotContain("draft-banner");
      }
    }
  }

  @Test
  void aPreviewShowsDraftsWithABanner() throws Exception {
    Path content = contentWithDrafts();
    Diagnostics d = new Diagnostics();
    var files = new SiteBuilder(d, true).render(content).orElseThrow();
    String page =
        files.stream()
            .filter(f -> f.path().equals("udkast.html"))
            .findFirst()
            .map(f -> new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8))
            .orElseThrow();
    assertThat(Jsoup.parse(page).selectFirst(".draft-banner").text()).startsWith("Kladde");
    String report =
        files.stream()
            .filter(f -> f.path().equals("reports/ny-rapport/index.html"))
            .findFirst()
            .map(f -> new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8))
            .orElseThrow();
    assertThat(report).contains("draft-banner");
  }
}
