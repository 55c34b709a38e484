package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a folder an earlier build wrote does no work when nothing changed, and rewrites
 * exactly the files whose bytes a change altered; the result equals a clean build.
 */
class IncrementalWriteTest {
  @TempDir Path tmp;

  private BuildResult build(Path content, Path out, boolean clean) throws Exception {
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(content, out, false, clean);
    assertThat(d.hasErrors()).as("%s", d.sorted()).isFalse();
    return result;
  }

  private static Map<String, FileTime> times(Path site) throws Exception {
    Map<String, FileTime> out = new TreeMap<>();
    for (String path : ExampleSite.files(site).keySet()) {
      out.put(path, Files.getLastModifiedTime(site.resolve(path)));
    }
    return out;
  }

  @Test
  void anUnchangedSiteIsUpToDateAndNothingIsWritten() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path site = tmp.resolve("site");
    build(content, site, false);
    Map<String, FileTime> before = times(site);
    Thread.sleep(20);
    BuildResult again = build(content, site, false);
    assertThat(again.upToDate()).isTrue();
    assertThat(again.rewritten()).isZero();
    assertThat(times(site)).isEqualTo(before);
  }

  @Test
  void aReportYamlChangeRewritesExactlyTheFilesItChangesAndEqualsACleanBuild() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path site = tmp.resolve("site");
    build(content, site, false);
    Map<String, byte[]> old = ExampleSite.files(site);
    Map<String, FileTime> before = times(site);
    Path report = content.resolve("reports/social-inklusion/report.yaml");
    Files.writeString(report, Files.readString(report).replace("status: 111}", "status: 112}"));
    Files.setLastModifiedTime(report, FileTime.from(Instant.now().plusSeconds(5)));
    Thread.sleep(20);
    BuildResult result = build(content, site, false);
    assertThat(result.upToDate()).isFalse();

    Map<String, byte[]> now = ExampleSite.files(site);
    TreeSet<String> differ = new TreeSet<>();
    now.forEach(
        (path, bytes) -> {
          if (!java.util.Arrays.equals(bytes, old.get(path))) {
            differ.add(path);
          }
        });
    TreeSet<String> touched = new TreeSet<>();
    times(site)
        .forEach(
            (path, time) -> {
              if (!time.equals(before.get(path))) {
                touched.add(path);
              }
            });
    // C1 Øvrige is an effect goal: its table, chart and data change (the report's scores and the
    // portfolio's goal rows), and so do the report's PDF edition (it prints the figure) and its
    // texts for search snippets (numbers of two digits are not indexed, so the index shards stay),
    // nothing else.
    assertThat(differ)
        .containsExactly(
            "data/goals-excel.csv",
            "data/goals.csv",
            "data/goals.json",
            "reports/social-inklusion/effects.html",
            "reports/social-inklusion/scores.json",
            "reports/social-inklusion/social-inklusion.pdf",
            "search/text/reports/social-inklusion.js");
    assertThat(touched).isEqualTo(differ);
    assertThat(result.rewritten()).isEqualTo(differ.size());

    Path clean = tmp.resolve("clean");
    build(content, clean, true);
    Map<String, byte[]> fresh = ExampleSite.files(clean);
    assertThat(now.keySet()).isEqualTo(fresh.keySet());
    fresh.forEach((path, bytes) -> assertThat(now.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void cleanRewritesEverything() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path site = tmp.resolve("site");
    build(content, site, false);
    BuildResult clean = build(content, site, true);
    assertThat(clean.upToDate()).isFalse();
    assertThat(clean.rewritten()).isEqualTo(clean.files());
  }

  @Test
  void aDeletedPageIsRemovedFromTheOutput() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path site = tmp.resolve("site");
    build(content, site, false);
    assertThat(site.resolve("kontakt.html")).exists();
    Files.delete(content.resolve("pages/kontakt.md"));
    Files.delete(content.resolve("pages/contact.md")); // its twin, which names it
    build(content, site, false);
    assertThat(site.resolve("kontakt.html")).doesNotExist();
    assertThat(site.resolve("contact.html")).doesNotExist();
  }
}
