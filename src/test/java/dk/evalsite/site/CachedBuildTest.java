package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache kept beside the output folder: a build in a new JVM loads and renders only the
 * reports and pages whose inputs changed, keeps the rest as the last build left them, and gives the
 * bytes of a clean build.
 */
class CachedBuildTest {
  @TempDir Path tmp;
  Path content;
  Path site;
  Diagnostics last;

  /** The example site with a second report (a copy of the first), built once. */
  @BeforeEach
  void buildTwoReports() throws Exception {
    content = TestSites.copyExample(tmp.resolve("content"));
    ExampleSite.copyReport(
        content.resolve("reports/social-inklusion"), content.resolve("reports/anden-rapport"));
    edit(
        content.resolve("reports/anden-rapport/report.yaml"),
        s -> s.replaceFirst("title: ", "title: Anden "));
    site = tmp.resolve("site");
    BuildResult first = build(site, false);
    assertThat(first.renderedPages()).isEqualTo(first.pages());
  }

  /** A build by a fresh builder, as a new `evalsite build` process would run it. */
  private BuildResult build(Path out, boolean clean) throws Exception {
    return build(out, clean, false);
  }

  private BuildResult build(Path out, boolean clean, boolean drafts) throws Exception {
    last = new Diagnostics();
    BuildResult result = new SiteBuilder(last, drafts).build(content, out, false, clean);
    assertThat(last.hasErrors()).as("%s", last.sorted()).isFalse();
    return result;
  }

  private static void edit(Path file, UnaryOperator<String> change) throws Exception {
    String before = Files.readString(file);
    String after = change.apply(before);
    assertThat(after).as("the edit changes %s", file).isNotEqualTo(before);
    Files.writeString(file, after);
    // A later modification time, even on a file system with coarse timestamps.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
  }

  private static Map<String, FileTime> times(Path root) throws Exception {
    Map<String, FileTime> out = new TreeMap<>();
    for (String path : ExampleSite.files(root).keySet()) {
      out.put(path, Files.getLastModifiedTime(root.resolve(path)));
    }
    return out;
  }

  private static TreeSet<String> touched(Map<String, FileTime> before, Map<String, FileTime> now) {
    TreeSet<String> out = new TreeSet<>();
    now.forEach(
        (path, time) -> {
          if (!time.equals(before.get(path))) {
            out.add(path);
          }
        });
    return out;
  }

  private void assertEqualsCleanBuild() throws Exception {
    assertEqualsCleanBuild(false);
  }

  private void assertEqualsCleanBuild(boolean drafts) throws Exception {
    Path clean = tmp.resolve("clean-" + System.nanoTime());
    build(clean, true, drafts);
    Map<String, byte[]> fresh = ExampleSite.files(clean);
    Map<String, byte[]> now = ExampleSite.files(site);
    assertThat(now.keySet()).isEqualTo(fresh.keySet());
    fresh.forEach(
        (path, bytes) -> assertThat(Arrays.equals(now.get(path), bytes)).as(path).isTrue());
  }

  /** A landing page with its PDF link's size left out ("PDF (604 kB)" becomes "PDF ()"). */
  private static String withoutPdfSize(String html) {
    return html.replaceAll("PDF \\([^)]*\\)", "PDF ()");
  }

  private long pagesOf(String slug) throws Exception {
    return ExampleSite.files(site).keySet().stream()
        .filter(p -> p.startsWith("reports/" + slug + "/") && p.endsWith(".html"))
        .count();
  }

  @Test
  void aReportYamlChangeRendersExactlyThatReportsPagesAndEqualsACleanBuild() throws Exception {
    Map<String, FileTime> before = times(site);
    Thread.sleep(20);
    edit(
        content.resolve("reports/anden-rapport/report.yaml"),
        s -> s.replace("status: 111}", "status: 112}"));
    Path landing = site.resolve("reports/anden-rapport/index.html");
    String landingBefore = Files.readString(landing);
    BuildResult result = build(site, false);
    String landingAfter = Files.readString(landing);

    // The changed report's pages are rendered again; the other report, the pages and the index
    // (whose card for the report is unchanged: C1 is an effect goal) are kept as they were.
    assertThat(result.renderedPages()).isEqualTo(pagesOf("anden-rapport"));
    // The portfolio's goal rows change too (data/goals.*), and the PDF edition, which prints the
    // figure; data/reports.* does not. The page's texts for search snippets change; its words do
    // not (numbers of two digits are not indexed), so the index shard that holds it keeps its name
    // and bytes.
    // The landing page links the PDF with its size in kB: it is rewritten when, and only when, the
    // new PDF's size rounds to another kB (the figure is on the landing page's link, nowhere else).
    assertThat(withoutPdfSize(landingAfter)).isEqualTo(withoutPdfSize(landingBefore));
    boolean sizeShown = !landingAfter.equals(landingBefore);
    List<String> expected =
        new java.util.ArrayList<>(
            List.of(
                "data/goals-excel.csv",
                "data/goals.csv",
                "data/goals.json",
                "reports/anden-rapport/anden-rapport.pdf",
                "reports/anden-rapport/effects.html",
                "reports/anden-rapport/scores.json",
                "search/text/reports/anden-rapport.js"));
    if (sizeShown) {
      expected.add(5, "reports/anden-rapport/index.html");
    }
    assertThat(touched(before, times(site))).containsExactlyElementsOf(expected);
    assertThat(result.rewritten()).isEqualTo(expected.size());
    assertEqualsCleanBuild();
  }

  @Test
  void aChangeToTheHeadlineRendersTheIndexToo() throws Exception {
    edit(
        content.resolve("reports/anden-rapport/report.yaml"),
        s ->
            s.replaceFirst("status: 8}", "status: 20}")
                .replace("published_percent: 84", "published_percent: 92"));
    BuildResult result = build(site, false);
    // The index unit renders the index, the 404 page (which lists the reports), the facet pages
    // and the table's pages.
    long portfolio =
        ExampleSite.files(site).keySet().stream()
            .filter(p -> p.matches("(facets|table)/.*\\.html"))
            .count();
    assertThat(portfolio).isGreaterThan(20);
    assertThat(result.renderedPages()).isEqualTo(pagesOf("anden-rapport") + 2 + portfolio);
    assertEqualsCleanBuild();
  }

  @Test
  void aNarrativeChangeRendersOnlyItsReport() throws Exception {
    edit(
        content.resolve("reports/social-inklusion/learning.md"),
        s -> s + "\nEt nyt afsnit om læring.\n");
    Path landing = site.resolve("reports/social-inklusion/index.html");
    String landingBefore = Files.readString(landing);
    BuildResult result = build(site, false);
    String landingAfter = Files.readString(landing);
    assertThat(result.renderedPages()).isEqualTo(pagesOf("social-inklusion"));
    // the page, the report's PDF edition, its texts for search snippets, and the index shard that
    // holds its words (new words, so a new shard name) with the manifest that names it; and the
    // landing page when, and only when, the longer PDF's size rounds to another kB
    assertThat(withoutPdfSize(landingAfter)).isEqualTo(withoutPdfSize(landingBefore));
    boolean sizeShown = !landingAfter.equals(landingBefore);
    assertThat(result.rewritten()).isEqualTo(sizeShown ? 6 : 5);
    assertEqualsCleanBuild();
  }

  @Test
  void aNewTitleInTheNavigationRendersEveryPage() throws Exception {
    edit(content.resolve("pages/om.md"), s -> s.replace("title: Om portalen", "title: Om os"));
    BuildResult result = build(site, false);
    assertThat(result.renderedPages()).isEqualTo(result.pages());
    assertEqualsCleanBuild();
  }

  @Test
  void aPageBodyChangeRendersOnlyThatPage() throws Exception {
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    BuildResult result = build(site, false);
    assertThat(result.renderedPages()).isEqualTo(1);
    // the page, its texts for search snippets, and the index shard that holds its words (new
    // words, so a new shard name) with the manifest that names it
    assertThat(result.rewritten()).isEqualTo(4);
    assertEqualsCleanBuild();
  }

  @Test
  void addedAndDeletedReportsAndPagesEqualACleanBuild() throws Exception {
    SiteWriter.deleteTree(content.resolve("reports/anden-rapport"));
    Files.writeString(content.resolve("pages/ny.md"), "---\ntitle: Ny side\n---\nTekst.\n");
    build(site, false);
    assertThat(site.resolve("reports/anden-rapport")).doesNotExist();
    assertThat(site.resolve("ny.html")).exists();
    assertEqualsCleanBuild();
  }

  @Test
  void aChangedImageIsCopiedAgainAndItsPageChecked() throws Exception {
    Files.write(content.resolve("pages/logo.png"), new byte[] {1, 2, 3});
    edit(content.resolve("pages/kontakt.md"), s -> s + "\n![Logo](logo.png)\n");
    build(site, false);
    assertThat(Files.readAllBytes(site.resolve("logo.png"))).containsExactly(1, 2, 3);
    Files.write(content.resolve("pages/logo.png"), new byte[] {4, 5, 6, 7});
    BuildResult result = build(site, false);
    assertThat(result.renderedPages()).isEqualTo(1);
    assertThat(Files.readAllBytes(site.resolve("logo.png"))).containsExactly(4, 5, 6, 7);
    assertEqualsCleanBuild();
  }

  @Test
  void aKeptReportStillShowsItsWarningsAndKeepsItsLinksChecked() throws Exception {
    List<String> first = codes(last);
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    build(site, false);
    assertThat(codes(last)).isEqualTo(first).isNotEmpty();

    // A kept report links to a page; removing that page is an error at the report's link.
    edit(
        content.resolve("reports/social-inklusion/learning.md"),
        s -> s + "\nSe [metoden](../../metode.html).\n");
    build(site, false);
    Files.delete(content.resolve("pages/metode.md"));
    Files.delete(content.resolve("pages/method.md")); // its translation: metode
    Diagnostics d = new Diagnostics();
    Map<String, byte[]> before = ExampleSite.files(site);
    BuildResult failed = new SiteBuilder(d, false).build(content, site, false, false);
    assertThat(failed.written()).isFalse();
    assertThat(d.sorted())
        .extracting(Diagnostic::code, x -> x.pos().file().getFileName().toString())
        .contains(org.assertj.core.groups.Tuple.tuple("E-MD-003", "learning.md"));
    Map<String, byte[]> after = ExampleSite.files(site);
    assertThat(after.keySet()).isEqualTo(before.keySet());
  }

  @Test
  void newModificationTimesWithoutEditsRenderNothing() throws Exception {
    Map<String, FileTime> before = times(site);
    FileTime later = FileTime.from(Instant.now().plusSeconds(60));
    try (var walk = Files.walk(content)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, later); // as a fresh checkout or a copy leaves them
      }
    }
    BuildResult result = build(site, false);
    assertThat(result.upToDate()).isFalse();
    assertThat(result.renderedPages()).isZero();
    assertThat(result.rewritten()).isZero();
    assertThat(times(site)).isEqualTo(before);

    // The stamps are now recorded afresh: one edit renders only its page.
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    assertThat(build(site, false).renderedPages()).isEqualTo(1);
    assertEqualsCleanBuild();
  }

  @Test
  void aDeletedOutputFileIsWrittenAgain() throws Exception {
    Files.delete(site.resolve("reports/anden-rapport/effects.html"));
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    build(site, false);
    assertEqualsCleanBuild();
  }

  @Test
  void aDamagedOrForeignCacheCostsAFullBuildNeverAWrongOne() throws Exception {
    Files.writeString(SiteBuilder.cacheFile(site), "{ not json");
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    BuildResult result = build(site, false);
    assertThat(result.renderedPages()).isEqualTo(result.pages());
    assertEqualsCleanBuild();

    // A cache written for another build of the folder (its marker names another build).
    String cache = Files.readString(SiteBuilder.cacheFile(site));
    edit(content.resolve("reports/anden-rapport/learning.md"), s -> s + "\nMere.\n");
    build(site, false);
    Files.writeString(SiteBuilder.cacheFile(site), cache);
    edit(content.resolve("reports/anden-rapport/learning.md"), s -> s + "\nEndnu mere.\n");
    result = build(site, false);
    assertThat(result.renderedPages()).isEqualTo(result.pages());
    assertEqualsCleanBuild();
  }

  @Test
  void aFailedBuildLeavesTheSiteAndItsCacheAsTheyWere() throws Exception {
    Map<String, byte[]> before = ExampleSite.files(site);
    String cache = Files.readString(SiteBuilder.cacheFile(site));
    Path yaml = content.resolve("reports/anden-rapport/report.yaml");
    String good = Files.readString(yaml);
    edit(yaml, s -> s.replace("status: 111}", "status: elleve}"));
    Diagnostics d = new Diagnostics();
    assertThat(new SiteBuilder(d, false).build(content, site, false, false).written()).isFalse();
    assertThat(d.hasErrors()).isTrue();
    Map<String, byte[]> after = ExampleSite.files(site);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((p, b) -> assertThat(Arrays.equals(after.get(p), b)).as(p).isTrue());
    assertThat(Files.readString(SiteBuilder.cacheFile(site))).isEqualTo(cache);
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("content", "site", ".evalsite-cache");
    }

    edit(yaml, s -> good.replace("status: 111}", "status: 113}"));
    BuildResult fixed = build(site, false);
    assertThat(fixed.renderedPages()).isEqualTo(pagesOf("anden-rapport"));
    assertEqualsCleanBuild();
  }

  @Test
  void theCacheLivesBesideTheSiteNeverInIt() throws Exception {
    assertThat(SiteBuilder.cacheFile(site)).exists();
    assertThat(SiteBuilder.cacheFile(site).getParent()).isEqualTo(tmp.resolve(".evalsite-cache"));
    assertThat(ExampleSite.files(site).keySet()).noneMatch(p -> p.contains("evalsite-cache"));
    assertThat(tmp.resolve(".evalsite-cache/.gitignore")).content().contains("\n*\n");
  }

  private static List<String> codes(Diagnostics d) {
    return d.sorted().stream().map(x -> x.code() + " " + x.pos()).toList();
  }

  @Test
  void aSettingsOrScoringOrThemeChangeRendersEverything() throws Exception {
    edit(
        content.resolve("site.yaml"),
        s -> s.replaceFirst("da: Evalueringsportalen", "da: Ny Evalueringsportalen"));
    BuildResult result = build(site, false);
    assertThat(result.renderedPages()).isEqualTo(result.pages());
    assertEqualsCleanBuild();

    edit(content.resolve("scoring.yaml"), s -> s.replaceFirst("(?m)^(\\s*)#.*$", "$1# x"));
    assertThat(build(site, false).renderedPages()).isEqualTo(result.pages());

    Path theme = tmp.resolve("theme");
    ExampleSite.copyTree(Path.of("themes/default"), theme);
    edit(
        content.resolve("site.yaml"),
        s -> s.replaceFirst("(?m)^theme: .*$", "theme: " + theme.toAbsolutePath()));
    build(site, false);
    edit(theme.resolve("assets/style.css"), s -> s + "\n/* ny */\n");
    assertThat(build(site, false).renderedPages()).isEqualTo(result.pages());
    assertEqualsCleanBuild();
  }

  @Test
  void aNestedPageTitleRendersOnlyThatPage() throws Exception {
    Files.createDirectories(content.resolve("pages/guide"));
    Files.writeString(content.resolve("pages/guide/a.md"), "---\ntitle: A\n---\nTekst.\n");
    build(site, false);
    edit(content.resolve("pages/guide/a.md"), s -> s.replace("title: A", "title: Afsnit A"));
    assertThat(build(site, false).renderedPages()).isEqualTo(1);
    assertEqualsCleanBuild();
  }

  @Test
  void anImageSharedByAKeptPageStaysAndAnUnlinkedImageGoes() throws Exception {
    Files.write(content.resolve("pages/logo.png"), new byte[] {1, 2, 3});
    Files.write(content.resolve("pages/kort.png"), new byte[] {9});
    edit(content.resolve("pages/kontakt.md"), s -> s + "\n![Logo](logo.png) ![Kort](kort.png)\n");
    edit(content.resolve("pages/om.md"), s -> s + "\n![Logo](logo.png)\n");
    build(site, false);
    edit(
        content.resolve("pages/kontakt.md"),
        s -> s.replace("![Logo](logo.png) ![Kort](kort.png)", ""));
    assertThat(build(site, false).renderedPages()).isEqualTo(1);
    assertThat(site.resolve("logo.png")).exists(); // om.md, kept, still shows it
    assertThat(site.resolve("kort.png")).doesNotExist();
    assertEqualsCleanBuild();
  }

  @Test
  void anImageReplacedByALinkIsRefusedAsACleanBuildRefusesIt() throws Exception {
    Files.write(content.resolve("pages/logo.png"), new byte[] {1, 2, 3});
    edit(content.resolve("pages/kontakt.md"), s -> s + "\n![Logo](logo.png)\n");
    build(site, false);
    Files.write(tmp.resolve("outside.png"), new byte[] {1, 2, 3});
    Files.delete(content.resolve("pages/logo.png"));
    Files.createSymbolicLink(content.resolve("pages/logo.png"), tmp.resolve("outside.png"));
    Diagnostics incremental = new Diagnostics();
    assertThat(new SiteBuilder(incremental, false).build(content, site, false, false).written())
        .isFalse();
    Diagnostics clean = new Diagnostics();
    new SiteBuilder(clean, false).build(content, tmp.resolve("clean"), false, true);
    assertThat(incremental.sorted()).isEqualTo(clean.sorted()).isNotEmpty();
  }

  @Test
  void anImageWhereATemplateAssetIsIsAnError() throws Exception {
    Files.createDirectories(content.resolve("pages/assets"));
    Files.write(content.resolve("pages/assets/favicon.svg"), new byte[] {1});
    edit(content.resolve("pages/kontakt.md"), s -> s + "\n![Ikon](assets/favicon.svg)\n");
    Diagnostics d = new Diagnostics();
    assertThat(new SiteBuilder(d, false).build(content, site, false, false).written()).isFalse();
    assertThat(d.sorted())
        .extracting(Diagnostic::code, Diagnostic::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "E-MD-005",
                "this file would be published as assets/favicon.svg, where a file of the theme is"));
  }

  @Test
  void draftsOnAndOffEqualCleanBuilds() throws Exception {
    edit(
        content.resolve("reports/anden-rapport/report.yaml"),
        s -> s.replaceFirst("title: ", "draft: true\ntitle: "));
    build(site, false);
    assertThat(site.resolve("reports/anden-rapport")).doesNotExist();
    assertEqualsCleanBuild();
    build(site, false, true);
    assertThat(site.resolve("reports/anden-rapport/index.html")).exists();
    assertEqualsCleanBuild(true);
    build(site, false);
    assertEqualsCleanBuild();
  }

  @Test
  void strictCountsTheWarningsOfKeptReports() throws Exception {
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    Diagnostics d = new Diagnostics();
    BuildResult strict = new SiteBuilder(d, false).build(content, site, true, false);
    assertThat(strict.written()).isFalse();
    assertThat(d.warningCount()).isPositive();
  }

  @Test
  void anOutputFileChangedInPlaceIsWrittenAgain() throws Exception {
    Path page = site.resolve("reports/anden-rapport/learning.html");
    Files.writeString(
        page, Files.readString(page).replace("</body>", "<script>x()</script></body>"));
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    build(site, false);
    assertEqualsCleanBuild();
  }

  @Test
  void anOutputFileEditedInPlaceWithItsSizeKeptIsWrittenAgain() throws Exception {
    Path page = site.resolve("reports/anden-rapport/learning.html");
    String before = Files.readString(page);
    String after = before.replaceFirst("<main", "<MAIN").replaceFirst("</main>", "</MAIN>");
    assertThat(after).isNotEqualTo(before).hasSameSizeAs(before);
    Files.writeString(page, after);
    edit(content.resolve("pages/kontakt.md"), s -> s + "\nRing gerne.\n");
    BuildResult result = build(site, false);
    // the edited page and the repaired one, and the search's texts, index shard and manifest
    assertThat(result.rewritten()).isEqualTo(5);
    assertThat(Files.readString(page)).isEqualTo(before);
    assertEqualsCleanBuild();
  }

  @Test
  void openDataKeptFromTheLastBuildIsWrittenAgainWhenItsFileWasEdited() throws Exception {
    Path goals = site.resolve("data/goals.csv");
    String before = Files.readString(goals);
    Files.writeString(goals, before.replace("58 %", "99 %"));
    // a narrative edit changes no row: the tables are kept, yet the edited file is repaired
    edit(
        content.resolve("reports/social-inklusion/learning.md"),
        s -> s + "\nEt nyt afsnit om læring.\n");
    build(site, false);
    assertThat(Files.readString(goals)).isEqualTo(before).contains("58 %");
    assertEqualsCleanBuild();
  }

  @Test
  void manyPagesInOneFolderAreWrittenInParallel() throws Exception {
    Files.createDirectories(content.resolve("pages/guide/del"));
    for (int i = 0; i < 300; i++) {
      Files.writeString(
          content.resolve("pages/guide/del/side-" + i + ".md"),
          "---\ntitle: Side " + i + "\n---\nTekst " + i + ".\n");
    }
    for (int round = 0; round < 3; round++) {
      build(tmp.resolve("many-" + round), true);
      assertThat(tmp.resolve("many-" + round + "/guide/del/side-299.html")).exists();
    }
  }
}
