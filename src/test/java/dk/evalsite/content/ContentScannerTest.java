package dk.evalsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.content.SiteSources.ReportSources;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {
  @TempDir Path root;
  final Diagnostics diagnostics = new Diagnostics();

  void write(String path) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x: 1\n");
  }

  /** A content folder with site.yaml, scoring.yaml and then {@code paths}, in that order. */
  SiteSources scan(String... paths) throws IOException {
    write("site.yaml");
    write("scoring.yaml");
    for (String path : paths) {
      write(path);
    }
    return new ContentScanner(diagnostics).scan(root).orElseThrow();
  }

  List<String> problems() {
    return diagnostics.sorted().stream()
        .map(d -> d.code() + " " + root.relativize(d.pos().file()).toString().replace('\\', '/'))
        .toList();
  }

  @Test
  void findsReportsInSortedOrderWhateverOrderTheyWereMadeIn() throws IOException {
    SiteSources sources =
        scan(
            "reports/zeta/report.yaml",
            "reports/alpha/report.yaml",
            "reports/mid-2/report.yaml",
            "reports/mid-10/report.yaml");
    assertThat(sources.reports())
        .extracting(ReportSources::slug)
        .containsExactly("alpha", "mid-10", "mid-2", "zeta");
    assertThat(sources.reports().get(0).dataFile())
        .isEqualTo(root.resolve("reports/alpha/report.yaml"));
    assertThat(sources.siteFile()).isEqualTo(root.resolve("site.yaml"));
    assertThat(sources.scoringFile()).isEqualTo(root.resolve("scoring.yaml"));
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aReportIsAFolderWithReportYamlAndItsNarrativesAreTheChapterFiles() throws IOException {
    SiteSources sources =
        scan(
            "reports/r/report.yaml",
            "reports/r/status.md",
            "reports/r/facts.md",
            "reports/r/foto.png",
            "reports/r/notes.md",
            "reports/r/resume.md",
            "reports/tom/facts.md",
            "reports/README.md",
            "reports/.DS_Store");
    ReportSources r = sources.reports().get(0);
    assertThat(sources.reports()).extracting(ReportSources::slug).containsExactly("r");
    assertThat(r.narratives())
        .containsOnlyKeys(Chapter.FACTS, Chapter.STATUS)
        .containsEntry(Chapter.STATUS, root.resolve("reports/r/status.md"));
    assertThat(problems())
        .containsExactlyInAnyOrder(
            "W-CONTENT-002 reports/README.md",
            "E-CONTENT-003 reports/r/notes.md",
            "E-CONTENT-003 reports/r/resume.md",
            "E-CONTENT-001 reports/tom/report.yaml");
  }

  @Test
  void aReportFolderNameMustBeASlug() throws IOException {
    SiteSources sources =
        scan("reports/Nord/report.yaml", "reports/syd_2/report.yaml", "reports/ok/report.yaml");
    assertThat(sources.reports()).extracting(ReportSources::slug).containsExactly("ok");
    assertThat(problems())
        .containsExactlyInAnyOrder("E-CONTENT-002 reports/Nord", "E-CONTENT-002 reports/syd_2");
  }

  @Test
  void pagesAreTheMarkdownFilesBelowPagesWithTheirSitePaths() throws IOException {
    SiteSources sources =
        scan(
            "pages/om.md", "pages/guide/start.md", "pages/b.md", "pages/logo.png", "pages/a.v2.md");
    assertThat(sources.pages())
        .extracting(PageSource::path)
        .containsExactly("a.v2", "b", "guide/start", "om");
    assertThat(sources.pages().get(2).file()).isEqualTo(root.resolve("pages/guide/start.md"));
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aPageThatWouldTakeTheSitesOwnNamesIsRefused() throws IOException {
    SiteSources sources =
        scan(
            "pages/index.md",
            "pages/404.md",
            "pages/reports/x.md",
            "pages/assets/y.md",
            "pages/Om.md",
            "pages/med mellemrum.md",
            "pages/ok.md");
    assertThat(sources.pages()).extracting(PageSource::path).containsExactly("ok");
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::code)
        .hasSize(6)
        .containsOnly("E-CONTENT-002");
  }

  @Test
  void aSiteWithoutSiteYamlOrScoringYamlIsNotScanned() throws IOException {
    write("reports/r/report.yaml");
    assertThat(new ContentScanner(diagnostics).scan(root)).isEmpty();
    assertThat(problems())
        .containsExactlyInAnyOrder("E-CONTENT-001 scoring.yaml", "E-CONTENT-001 site.yaml");
  }

  @Test
  void aMissingContentFolderIsOneError() {
    assertThat(new ContentScanner(diagnostics).scan(root.resolve("nowhere"))).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "E-CONTENT-001", "the content folder does not exist"));
  }

  @Test
  void aSymbolicLinkIsNeverFollowed() throws IOException {
    write("elsewhere/report.yaml");
    Files.createDirectories(root.resolve("reports"));
    Files.createSymbolicLink(root.resolve("reports/linked"), root.resolve("elsewhere"));
    SiteSources sources = scan("reports/real/report.yaml");
    assertThat(sources.reports()).extracting(ReportSources::slug).containsExactly("real");
    assertThat(problems()).containsExactly("E-CONTENT-004 reports/linked");
  }
}
