package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** The example site, copied so tests can break it. */
  Path copyExample() throws Exception {
    return dk.evalsite.site.TestSites.copyExample(tmp.resolve("content"));
  }

  @Test
  void helpListsTheBuildCommandAndExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("build")
        .contains("Exit codes")
        .contains("1  errors in the content");
  }

  @Test
  void versionPrintsTheVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("evalsite ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("build", "--sauce", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("--sauce");
  }

  @Test
  void buildPrintsAOneLineSummary() throws Exception {
    Path content = copyExample();
    assertThat(
            run("build", "--source", content.toString(), "--out", tmp.resolve("site").toString()))
        .isZero();
    // The reference in two languages and the fictional project's midterm and final (8 pages
    // each), the index, the 404 page, six documentation pages, 22 facet pages and 16 table pages.
    assertThat(out.toString())
        .matches("(?s)Built 4 reports, 78 pages \\(\\d+ files\\) into .* in \\d+ ms\\.\\s*");
  }

  @Test
  void badInputGivesFileLineColumnAHintAndNoStackTrace() throws Exception {
    Path content = copyExample();
    Path report = content.resolve("reports/social-inklusion/report.yaml");
    Files.writeString(
        report,
        Files.readString(report, StandardCharsets.UTF_8)
            .replace("kind: final", "kind: finale")
            .replace("evaluator", "evaluator"),
        StandardCharsets.UTF_8);
    int code =
        run("build", "--source", content.toString(), "--out", tmp.resolve("site").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("report.yaml:6:7: error[E-DATA-007]: `kind` of report.yaml is `finale`")
        .contains("hint: Did you mean `final`?")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteByteIdentical() throws Exception {
    Path content = copyExample();
    Path site = tmp.resolve("site");
    assertThat(run("build", "--source", content.toString(), "--out", site.toString())).isZero();
    byte[] before = Files.readAllBytes(site.resolve("reports/social-inklusion/index.html"));
    long filesBefore;
    try (Stream<Path> s = Files.walk(site)) {
      filesBefore = s.count();
    }
    Path narrative = content.resolve("reports/social-inklusion/progress.md");
    Files.writeString(narrative, "{{figure output region=nowhere}}\n", StandardCharsets.UTF_8);
    assertThat(run("build", "--source", content.toString(), "--out", site.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("progress.md:1:1: error[E-MD-002]: the report has no region `nowhere`");
    assertThat(Files.readAllBytes(site.resolve("reports/social-inklusion/index.html")))
        .isEqualTo(before);
    try (Stream<Path> s = Files.walk(site)) {
      assertThat(s.count()).isEqualTo(filesBefore);
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .doesNotContain(".site.new-")
          .allMatch(n -> !n.startsWith(".site."));
    }
  }

  @Test
  void aPublishedMeanThatDisagreesWithTheScoresFailsTheBuild() throws Exception {
    Path content = copyExample();
    Path report = content.resolve("reports/social-inklusion/report.yaml");
    Files.writeString(
        report,
        Files.readString(report, StandardCharsets.UTF_8)
            .replace("published_mean: 3.3", "published_mean: 3.4"),
        StandardCharsets.UTF_8);
    assertThat(
            run("build", "--source", content.toString(), "--out", tmp.resolve("site").toString()))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "error[E-SCORE-004]: the published mean 3.4 disagrees with the mean of the scores, 3.3");
  }

  @Test
  void theOutputFolderIsReadableByAWebServer() throws Exception {
    Path content = copyExample();
    Path site = tmp.resolve("site");
    assertThat(run("build", "--source", content.toString(), "--out", site.toString())).isZero();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(site)))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void refusesToWriteIntoTheContentFolder() throws Exception {
    Path content = copyExample();
    assertThat(
            run(
                "build",
                "--source",
                content.toString(),
                "--out",
                content.resolve("site").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("inside the content folder");
  }

  @Test
  void missingContentFolderIsAContentError() {
    assertThat(
            run(
                "build",
                "--source",
                tmp.resolve("nope").toString(),
                "--out",
                tmp.resolve("site").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("the content folder does not exist");
  }
}
