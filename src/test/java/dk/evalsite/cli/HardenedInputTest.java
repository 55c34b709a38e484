package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Inputs a code review found to crash, mislead or escape; each now gets a clear diagnostic. */
class HardenedInputTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int check(Path content) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute("check", "--source", content.toString());
  }

  Path example() throws Exception {
    return dk.evalsite.site.TestSites.copyExample(tmp.resolve("content"));
  }

  static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void warnsAboutATargetOfZeroInTheTargetAFinalEvaluationUses() throws Exception {
    Path content = example();
    edit(
        content.resolve("reports/social-inklusion/report.yaml"),
        "target_during: 78, target_after: 78, status: 111",
        "target_during: 78, target_after: 0, status: 111");
    assertThat(check(content)).isZero();
    assertThat(out.toString() + err.toString())
        .contains("warning[W-SCORE-002]: effect goal C1 of Øvrige regioner has target 0");
  }

  @Test
  void deeplyNestedMarkdownIsADiagnosticNotACrash() throws Exception {
    Path content = example();
    Files.writeString(
        content.resolve("reports/social-inklusion/status.md"), ">".repeat(5000) + " dybt\n");
    assertThat(check(content)).isEqualTo(1);
    assertThat(out.toString() + err.toString())
        .contains(
            "status.md:1:17: error[E-MD-006]: the line nests more than 16 block quotes and lists")
        .doesNotContain("StackOverflowError")
        .doesNotContain("\tat ");
  }

  @Test
  void aFigurePlacedTwiceIsAnError() throws Exception {
    Path content = example();
    Files.writeString(
        content.resolve("reports/social-inklusion/status.md"), "Tekst.\n\n{{figure factbox}}\n");
    assertThat(check(content)).isEqualTo(1);
    assertThat(out.toString() + err.toString())
        .contains("status.md:3:1: error[E-MD-002]: figure `factbox` is placed twice");
  }

  @Test
  void anImageInASymlinkedFolderIsRefused() throws Exception {
    Path content = example();
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.write(outside.resolve("hemmelig.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.createSymbolicLink(content.resolve("reports/social-inklusion/billeder"), outside);
    Path status = content.resolve("reports/social-inklusion/status.md");
    Files.writeString(status, Files.readString(status) + "\n![Foto](billeder/hemmelig.png)\n");
    assertThat(check(content)).isEqualTo(1);
    assertThat(out.toString() + err.toString())
        .contains("error[E-CONTENT-004]")
        .contains("symbolic link");
  }

  @Test
  void aSymlinkedPagesFolderIsRefused() throws Exception {
    Path content = example();
    Path pages = content.resolve("pages");
    Path moved = Files.move(pages, tmp.resolve("pages-elsewhere"));
    Files.createSymbolicLink(pages, moved);
    assertThat(check(content)).isEqualTo(1);
    assertThat(out.toString() + err.toString())
        .contains("pages: error[E-CONTENT-004]: `pages` is a symbolic link");
  }

  @Test
  void hexOrUnderscoredSurveyCountsAreATypeErrorNotACrash() throws Exception {
    Path content = example();
    edit(
        content.resolve("reports/social-inklusion/report.yaml"),
        "top2: 3}",
        "distribution: [0, 1, 0, 0x1, 2]}");
    assertThat(check(content)).isEqualTo(1);
    assertThat(out.toString() + err.toString())
        .contains("error[E-DATA-002]: each count of a five-point distribution")
        .doesNotContain("NumberFormatException");
  }
}
