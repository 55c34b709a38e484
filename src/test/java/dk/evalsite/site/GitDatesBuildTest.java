package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.history.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site in a real git repository: its dates come from the commits, in the site's time
 * zone, on the landing pages, the cards, scores.json, the open data and sitemap.xml; a shallow
 * clone and a folder outside git build with a warning and the content's own dates.
 */
class GitDatesBuildTest {
  @TempDir Path tmp;
  final Diagnostics d = new Diagnostics();
  static final java.time.ZoneId ZONE_UTC = java.time.ZoneId.of("UTC");

  private TestRepo exampleRepo() throws Exception {
    TestRepo repo = TestRepo.init(tmp.resolve("repo"));
    TestSites.copyExample(repo.dir().resolve("content"));
    return repo;
  }

  private BuildResult build(Path content, Path out) throws Exception {
    return new SiteBuilder(d, false).gitDates(true).build(content, out, false, false);
  }

  private static Document page(Path site, String path) throws Exception {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static String updated(Document doc, String scope) {
    return doc.select(scope + " time[data-updated]").attr("datetime");
  }

  @Test
  void theLandingPageAndItsCardShowTheSecondCommitsDate() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      repo.commit("Publish", "2025-03-10T09:00:00Z", "Europe/Copenhagen");
      repo.write(
          "content/reports/social-inklusion/status.md",
          Files.readString(repo.dir().resolve("content/reports/social-inklusion/status.md"))
              + "\nEn rettelse.\n");
      repo.commit("Correct status", "2025-06-02T12:00:00Z", "Europe/Copenhagen");
      Path site = tmp.resolve("site");
      assertThat(build(repo.dir().resolve("content"), site).written()).isTrue();
      assertThat(d.all()).extracting(Diagnostic::code).noneMatch(c -> c.startsWith("W-GIT"));

      Document landing = page(site, "reports/social-inklusion/index.html");
      assertThat(landing.select(".byline time[data-published]").attr("datetime"))
          .isEqualTo("2025-03-10");
      assertThat(updated(landing, ".byline")).isEqualTo("2025-06-02");
      assertThat(landing.select(".byline time[data-updated]").text()).isEqualTo("02.06.2025");
      // The English twin was not touched by the second commit.
      Document english = page(site, "reports/social-inclusion/index.html");
      assertThat(english.select(".byline time[data-updated]").attr("datetime"))
          .isEqualTo("2025-03-10");
      assertThat(english.select(".byline time[data-updated]").text()).isEqualTo("10 March 2025");

      Document index = page(site, "index.html");
      assertThat(
              index
                  .select(
                      ".report-card:has(a[href=reports/social-inklusion/index.html])"
                          + " time[data-updated]")
                  .attr("datetime"))
          .isEqualTo("2025-06-02");
      // Its report.yaml has no date: the year facet and the table place it by its first commit.
      assertThat(
              page(site, "facets/year/2025/index.html")
                  .select(".report-card a[href=../../../reports/social-inklusion/index.html]"))
          .hasSize(1);
      assertThat(site.resolve("facets/year/undated/index.html")).doesNotExist();
      assertThat(Files.readString(site.resolve("reports/social-inklusion/scores.json")))
          .contains("\"published\" : \"2025-03-10\"", "\"updated\" : \"2025-06-02\"");
      // kind, project (none), date (none in report.yaml), published, updated
      assertThat(Files.readString(site.resolve("data/reports.csv")))
          .contains("\nsocial-inklusion,")
          .contains(",final,,,2025-03-10,2025-06-02,");
      assertThat(Files.readString(site.resolve("sitemap.xml")))
          .contains(
              "<loc>https://evaluering.example.dk/reports/social-inklusion/</loc>"
                  + "<lastmod>2025-06-02</lastmod>",
              "<loc>https://evaluering.example.dk/reports/social-inclusion/status.html</loc>"
                  + "<lastmod>2025-03-10</lastmod>");
    }
  }

  @Test
  void aCommitJustBeforeMidnightUtcIsTheNextDayInCopenhagen() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      repo.commit("Publish", "2026-02-28T23:30:00Z", "UTC");
      Path content = repo.dir().resolve("content");
      build(content, tmp.resolve("cph"));
      assertThat(updated(page(tmp.resolve("cph"), "om.html"), ".byline")).isEqualTo("2026-03-01");

      Path siteYaml = content.resolve("site.yaml");
      Files.writeString(siteYaml, Files.readString(siteYaml) + "time_zone: UTC\n");
      repo.commit("UTC", "2026-02-28T23:40:00Z", "UTC");
      build(content, tmp.resolve("utc"));
      assertThat(updated(page(tmp.resolve("utc"), "om.html"), ".byline")).isEqualTo("2026-02-28");
    }
  }

  @Test
  void datesStatedInTheContentWinOverGit() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      Path yaml = repo.dir().resolve("content/reports/social-inklusion/report.yaml");
      Files.writeString(
          yaml,
          Files.readString(yaml)
              .replaceFirst("(?m)^kind: ", "date: 2022-11-15\nupdated: 2023-01-05\nkind: "));
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      build(repo.dir().resolve("content"), tmp.resolve("site"));
      Document landing = page(tmp.resolve("site"), "reports/social-inklusion/index.html");
      assertThat(landing.select(".byline time[data-published]").attr("datetime"))
          .isEqualTo("2022-11-15");
      assertThat(updated(landing, ".byline")).isEqualTo("2023-01-05");
    }
  }

  @Test
  void uncommittedAndUntrackedFilesChangeNoDateInABuild() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      Path status = repo.dir().resolve("content/reports/social-inklusion/status.md");
      Files.writeString(status, Files.readString(status) + "\nUgemt ændring.\n");
      Files.writeString(
          repo.dir().resolve("content/pages/ny.md"), "---\ntitle: Ny side\n---\nTekst.\n");
      build(repo.dir().resolve("content"), tmp.resolve("site"));
      assertThat(
              updated(page(tmp.resolve("site"), "reports/social-inklusion/index.html"), ".byline"))
          .isEqualTo("2025-03-10");
      // Never committed: git knows no date, and the page states none.
      assertThat(page(tmp.resolve("site"), "ny.html").select("time")).isEmpty();
    }
  }

  @Test
  void theDatesOfUncommittedFilesAreNowOnlyWhenAClockIsGiven() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      Path content = repo.dir().resolve("content");
      Path status = content.resolve("reports/social-inklusion/status.md");
      Files.writeString(status, Files.readString(status) + "\nUgemt ændring.\n");
      Files.writeString(content.resolve("pages/ny.md"), "---\ntitle: Ny side\n---\nTekst.\n");
      // 23:30 UTC is the next day in Copenhagen, the site's time zone.
      var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-01-14T23:30:00Z"), ZONE_UTC);
      var files =
          new SiteBuilder(d, false)
              .gitDates(true)
              .uncommittedNow(clock)
              .render(content)
              .orElseThrow();
      java.util.function.Function<String, Document> rendered =
          path ->
              Jsoup.parse(
                  new String(
                      files.stream()
                          .filter(f -> f.path().equals(path))
                          .findFirst()
                          .orElseThrow()
                          .bytes(),
                      java.nio.charset.StandardCharsets.UTF_8));
      Document landing = rendered.apply("reports/social-inklusion/index.html");
      assertThat(landing.select(".byline time[data-published]").attr("datetime"))
          .isEqualTo("2025-03-10");
      assertThat(updated(landing, ".byline")).isEqualTo("2026-01-15");
      assertThat(
              rendered
                  .apply("ny.html")
                  .select("time[data-published][data-updated]")
                  .attr("datetime"))
          .isEqualTo("2026-01-15");
      assertThat(updated(rendered.apply("reports/social-inclusion/index.html"), ".byline"))
          .isEqualTo("2025-03-10");
    }
  }

  @Test
  void aNewCommitRendersOnlyThePagesWhoseDatesChanged() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      Path content = repo.dir().resolve("content");
      Path site = tmp.resolve("site");
      build(content, site);
      // A commit that changes no file: not up to date (HEAD moved), but nothing to render.
      repo.git().commit().setAllowEmpty(true).setMessage("empty").call();
      BuildResult empty = build(content, site);
      assertThat(empty.upToDate()).isFalse();
      assertThat(empty.renderedPages()).isZero();

      Path status = content.resolve("reports/social-inclusion/status.md");
      Files.writeString(status, Files.readString(status) + "\nA correction.\n");
      repo.commit("Correct", "2025-06-02T12:00:00Z");
      BuildResult result = build(content, site);
      long englishPages =
          ExampleSite.files(site).keySet().stream()
              .filter(p -> p.startsWith("reports/social-inclusion/") && p.endsWith(".html"))
              .count();
      // The index unit's pages (the index, 404.html, the facet pages and the table: the report's
      // summary, dates included, changed).
      long indexPages =
          ExampleSite.files(site).keySet().stream()
              .filter(
                  p ->
                      p.matches("index(-[0-9]+)?\\.html|404\\.html")
                          || p.startsWith("facets/")
                          || p.startsWith("table/"))
              .filter(p -> p.endsWith(".html"))
              .count();
      // The report's pages and the index unit; no other report's page, no documentation page.
      assertThat(result.renderedPages()).isEqualTo(englishPages + indexPages);
      assertThat(text(ExampleSite.files(site))).isEqualTo(text(cleanBuild(content)));
    }
  }

  private static java.util.Map<String, String> text(java.util.Map<String, byte[]> files) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    files.forEach(
        (k, v) -> out.put(k, new String(v, java.nio.charset.StandardCharsets.ISO_8859_1)));
    return out;
  }

  private java.util.Map<String, byte[]> cleanBuild(Path content) throws Exception {
    Path clean = tmp.resolve("clean-" + System.nanoTime());
    new SiteBuilder(new Diagnostics(), false).gitDates(true).build(content, clean, false, true);
    return ExampleSite.files(clean);
  }

  @Test
  void aShallowCloneBuildsWithAWarningAndTheContentsOwnDates() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      repo.write(
          "content/pages/om.md",
          Files.readString(repo.dir().resolve("content/pages/om.md")) + "\nMere.\n");
      repo.commit("Edit", "2025-06-02T12:00:00Z");
      Path clone = tmp.resolve("clone");
      Git.cloneRepository()
          .setURI(repo.dir().toUri().toString())
          .setDirectory(clone.toFile())
          .setDepth(1)
          .call()
          .close();
      BuildResult result = build(clone.resolve("content"), tmp.resolve("site"));
      assertThat(result.written()).isTrue();
      assertThat(d.all()).extracting(Diagnostic::code).contains("W-GIT-001");
      assertThat(
              d.all().stream().filter(x -> x.code().equals("W-GIT-001")).findFirst().get().hint())
          .contains("fetch-depth: 0");
      // Never every page dated by the one commit a shallow clone has.
      assertThat(page(tmp.resolve("site"), "om.html").select("time")).isEmpty();
    }
  }

  @Test
  void aFolderOutsideGitBuildsWithAWarning() throws Exception {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    BuildResult result = build(content, tmp.resolve("site"));
    assertThat(result.written()).isTrue();
    assertThat(d.all()).extracting(Diagnostic::code).contains("W-GIT-002");
    assertThat(d.hasErrors()).isFalse();
  }

  @Test
  void theHistoryPageListsEveryRevisionThatChangedAFigureWithItsNote() throws Exception {
    try (TestRepo repo = exampleRepo()) {
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      Path yaml = repo.dir().resolve("content/reports/social-inklusion/report.yaml");
      // Region Sjælland's B3 from 8 to 14 of 20: 40 % (red) → 70 % (yellow); the headline
      // (100+100+58+92 + 100+100+70)/7 = 88,6 → 88 %.
      Files.writeString(
          yaml,
          Files.readString(yaml)
                  .replace("target: 20, status: 8}", "target: 20, status: 14}")
                  .replace("published_percent: 84", "published_percent: 88")
              + "changes:\n  - {date: 2025-06-02, note: B3 i Region Sjælland er rettet efter nye tal.}\n");
      repo.commit("Correct B3", "2025-06-02T12:00:00Z", "Europe/Copenhagen");
      Path status = repo.dir().resolve("content/reports/social-inklusion/status.md");
      Files.writeString(status, Files.readString(status) + "\nEt komma rettet.\n");
      repo.commit("Typo", "2025-07-01T12:00:00Z");
      Path site = tmp.resolve("site");
      assertThat(build(repo.dir().resolve("content"), site).written())
          .as("%s", d.sorted())
          .isTrue();

      Document landing = page(site, "reports/social-inklusion/index.html");
      assertThat(landing.select(".byline a[href=history.html]").text())
          .isEqualTo("Revisionshistorik");
      assertThat(updated(landing, ".byline")).isEqualTo("2025-07-01");
      Document history = page(site, "reports/social-inklusion/history.html");
      var revisions = history.select("li.revision");
      assertThat(revisions).hasSize(2);
      assertThat(revisions.get(0).select("time").attr("datetime")).isEqualTo("2025-06-02");
      assertThat(revisions.get(0).select(".revision__note").text())
          .isEqualTo("B3 i Region Sjælland er rettet efter nye tal.");
      assertThat(revisions.get(0).select(".revision__changes li").eachText())
          .containsExactly(
              "samlet målopnåelse: 84 % → 88 %",
              "B3, Region Sjælland, status: 8 → 14",
              "B3, Region Sjælland, målopnåelse: 40 % → 70 %",
              "B3, Region Sjælland, trafiklys: Rød → Gul");
      assertThat(revisions.get(1).select("time").attr("datetime")).isEqualTo("2025-03-10");
      assertThat(revisions.get(1).hasAttr("data-first")).isTrue();
      assertThat(history.select(".revisions__minor").text())
          .isEqualTo("Desuden 1 mindre redaktionel ændring, som ikke ændrede tal eller trafiklys.");
      // Search finds the report's pages but not its superseded figures.
      StringBuilder index = new StringBuilder();
      try (var files = Files.walk(site.resolve("search"))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          index.append(Files.readString(file));
        }
      }
      assertThat(index.toString())
          .contains("reports/social-inklusion/status.html")
          .doesNotContain("history.html");
      // The English twin has one revision: its first publication.
      assertThat(page(site, "reports/social-inclusion/history.html").select("li.revision"))
          .hasSize(1);
    }
  }
}
