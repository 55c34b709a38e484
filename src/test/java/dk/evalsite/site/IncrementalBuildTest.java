package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that reuses an earlier build's memo gives exactly what a clean build of the same input
 * gives, whatever changed in between; and it re-renders only what the change touched.
 */
class IncrementalBuildTest {
  @TempDir Path tmp;

  private Path content() throws Exception {
    Path content = tmp.resolve("content");
    TestSites.copyExample(content);
    // A second report, so that reuse of the untouched one can be seen.
    ExampleSite.copyReport(
        content.resolve("reports/social-inklusion"), content.resolve("reports/kopi"));
    return content;
  }

  private static Map<String, String> render(Path content, Rebuilds memo) {
    Diagnostics d = new Diagnostics();
    List<OutputFile> files =
        new SiteBuilder(d, false, memo)
            .render(content)
            .orElseThrow(() -> new AssertionError(d.sorted()));
    Map<String, String> out = new TreeMap<>();
    files.forEach(f -> out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
    return out;
  }

  /** Edits a file and moves its time forward, as a save does. */
  private static void edit(Path file, java.util.function.UnaryOperator<String> change)
      throws Exception {
    Files.writeString(file, change.apply(Files.readString(file)));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
  }

  private void assertIncrementalEqualsClean(Consumer<Path> change) throws Exception {
    Path content = content();
    Rebuilds memo = new Rebuilds();
    render(content, memo);
    change.accept(content);
    Map<String, String> incremental = render(content, memo);
    Map<String, String> clean = render(content, new Rebuilds());
    assertThat(incremental.keySet()).isEqualTo(clean.keySet());
    clean.forEach((path, text) -> assertThat(incremental.get(path)).as(path).isEqualTo(text));
  }

  private static Consumer<Path> unchecked(ThrowingConsumer change) {
    return p -> {
      try {
        change.accept(p);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    };
  }

  interface ThrowingConsumer {
    void accept(Path p) throws Exception;
  }

  @Test
  void aNarrativeEditGivesTheCleanBuildsBytes() throws Exception {
    assertIncrementalEqualsClean(
        unchecked(c -> edit(c.resolve("reports/kopi/status.md"), s -> s + "\nNy sætning.\n")));
  }

  @Test
  void aReportYamlEditGivesTheCleanBuildsBytes() throws Exception {
    assertIncrementalEqualsClean(
        unchecked(
            c ->
                edit(
                    c.resolve("reports/kopi/report.yaml"),
                    s ->
                        s.replace("status: 27}", "status: 30}")
                            .replace("published_percent: 84", "published_percent: 85"))));
  }

  @Test
  void aTwinsTitleEditRendersTheOtherTwinAgain() throws Exception {
    Path content = content();
    Rebuilds memo = new Rebuilds();
    render(content, memo);
    edit(
        content.resolve("reports/social-inclusion/report.yaml"),
        s ->
            s.replace(
                "title: Social inclusion through growth partnerships",
                "title: Inclusion through growth partnerships"));
    Map<String, String> incremental = render(content, memo);
    // The Danish twin's pages name the English title in their language switch.
    assertThat(incremental.get("reports/social-inklusion/status.html"))
        .contains("title=\"Inclusion through growth partnerships\"");
    Map<String, String> clean = render(content, new Rebuilds());
    assertThat(incremental).isEqualTo(clean);
  }

  @Test
  void droppingATranslationGivesTheCleanBuildsBytes() throws Exception {
    assertIncrementalEqualsClean(
        unchecked(
            c -> {
              for (String slug : List.of("social-inclusion", "social-inklusion")) {
                edit(
                    c.resolve("reports/" + slug + "/report.yaml"),
                    s -> s.replaceAll("(?m)^translation:.*\\n", ""));
              }
            }));
  }

  @Test
  void aPageTwinsTitleEditGivesTheCleanBuildsBytes() throws Exception {
    assertIncrementalEqualsClean(
        unchecked(
            c ->
                edit(
                    c.resolve("pages/about.md"),
                    s -> s.replace("title: About the portal", "title: About"))));
  }

  @Test
  void aScoringRuleEditGivesTheCleanBuildsBytes() throws Exception {
    assertIncrementalEqualsClean(
        unchecked(
            c ->
                edit(
                    c.resolve("scoring.yaml"),
                    s -> s.replace("from: 81, meaning", "from: 80, meaning"))));
  }

  @Test
  void aNewPageInTheNavigationGivesTheCleanBuildsBytes() throws Exception {
    assertIncrementalEqualsClean(
        unchecked(
            c ->
                Files.writeString(
                    c.resolve("pages/nyhed.md"),
                    "---\ntitle: Nyhed\nweight: 5\n---\nEn nyhed.\n")));
  }

  @Test
  void aTemplateEditGivesTheCleanBuildsBytes() throws Exception {
    Path theme = tmp.resolve("theme");
    ExampleSite.copyTree(Path.of("themes/default"), theme);
    assertIncrementalEqualsClean(
        unchecked(
            c -> {
              Path siteYaml = c.resolve("site.yaml");
              Files.writeString(
                  siteYaml, Files.readString(siteYaml).replaceAll("theme: .*", "theme: " + theme));
              edit(
                  theme.resolve("templates/layout.ftlh"),
                  s ->
                      s.replace(
                          "<footer class=\"site-footer\">",
                          "<footer class=\"site-footer\" data-edited=\"yes\">"));
            }));
  }

  /** The preview tells the memo which paths changed; only those are re-stamped. */
  @Test
  void aBuildGuidedByTheWatchersPathsGivesTheCleanBuildsBytes() throws Exception {
    Path content = content();
    Rebuilds memo = new Rebuilds();
    render(content, memo);
    Path narrative = content.resolve("reports/kopi/status.md");
    edit(narrative, s -> s + "\nNy sætning fra watcheren.\n");
    memo.expectChanges(java.util.Set.of(narrative.toAbsolutePath()));
    Map<String, String> incremental = render(content, memo);
    Map<String, String> clean = render(content, new Rebuilds());
    assertThat(incremental.get("reports/kopi/status.html")).contains("Ny sætning fra watcheren.");
    assertThat(incremental).isEqualTo(clean);
  }

  @Test
  void aNarrativeEditReRendersOnlyItsReport() throws Exception {
    Path content = content();
    Rebuilds memo = new Rebuilds();
    Map<String, OutputFile> before = files(content, memo);
    edit(content.resolve("reports/kopi/status.md"), s -> s + "\nNy sætning.\n");
    Map<String, OutputFile> after = files(content, memo);
    // Kept units keep the very files the last build made; rendered ones are made anew.
    assertThat(after.get("reports/social-inklusion/index.html"))
        .isSameAs(before.get("reports/social-inklusion/index.html"));
    assertThat(after.get("reports/social-inklusion/status.html"))
        .isSameAs(before.get("reports/social-inklusion/status.html"));
    assertThat(after.get("reports/kopi/status.html"))
        .isNotSameAs(before.get("reports/kopi/status.html"));
  }

  private static Map<String, OutputFile> files(Path content, Rebuilds memo) {
    Diagnostics d = new Diagnostics();
    Map<String, OutputFile> out = new TreeMap<>();
    new SiteBuilder(d, false, memo)
        .render(content)
        .orElseThrow(() -> new AssertionError(d.sorted()))
        .forEach(f -> out.put(f.path(), f));
    return out;
  }
}
