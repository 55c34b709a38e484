package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
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

  void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void checkOnTheExampleSiteExitsZeroAndListsTheSourcesDefects() {
    assertThat(run("check", "--source", "content")).isZero();
    assertThat(out.toString())
        .contains(
            "content/reports/social-inklusion/report.yaml:25:13: warning[W-DATA-001]: Øvrige"
                + " regioner plans 39 months, but the grant period 2018-02-06 – 2022-08-30 lasts"
                + " about 55 months")
        .contains("warning[W-DATA-002]: Øvrige regioner spent 31.7 of a budget of 31.3 mio. DKK")
        .contains("warning[W-DATA-002]: Region Sjælland used 49 of 39 planned months")
        .contains("warning[W-SCORE-001]: effect goal C8 of Region Sjælland")
        .contains("warning[W-SCORE-002]: effect goal C7 of Region Sjælland")
        .contains("0 errors, 16 warnings.")
        .doesNotContain("error[");
  }

  @Test
  void checkWritesNothing() throws Exception {
    Path content = copyExample();
    Path before = tmp.resolve("listing-before");
    String listing = listing(tmp);
    assertThat(run("check", "--source", content.toString())).isZero();
    assertThat(listing(tmp)).isEqualTo(listing);
    assertThat(Files.exists(before)).isFalse();
  }

  @Test
  void strictTurnsWarningsIntoExitCodeOne() {
    assertThat(run("check", "--source", "content", "--strict")).isEqualTo(1);
    assertThat(out.toString()).contains("0 errors, 16 warnings.");
  }

  @Test
  void checkFindsWhatBuildFindsWithTheSameMessages() throws Exception {
    Path content = copyExample();
    replace(content.resolve("reports/social-inklusion/report.yaml"), "kind: final", "kind: finale");
    assertThat(run("check", "--source", content.toString())).isEqualTo(1);
    String checked = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("build", "--source", content.toString(), "--out", tmp.resolve("s").toString()))
        .isEqualTo(1);
    assertThat(checked)
        .contains("report.yaml:6:7: error[E-DATA-007]: `kind` of report.yaml is `finale`")
        .contains("  |       ^")
        .contains("  hint: Did you mean `final`?");
    assertThat(err.toString()).contains(checked.strip());
    assertThat(Files.exists(tmp.resolve("s"))).isFalse();
  }

  @Test
  void jsonFormatIsOneParsableDocumentWithPositions() throws Exception {
    Path content = copyExample();
    replace(
        content.resolve("reports/social-inklusion/report.yaml"),
        "published_percent: 84",
        "published_percent: 85");
    assertThat(run("check", "--source", content.toString(), "--format", "json")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("warnings").asInt()).isEqualTo(16); // 8 per report, each language
    JsonNode error = json.get("diagnostics").findParent("code");
    for (JsonNode d : json.get("diagnostics")) {
      if (d.get("severity").asText().equals("error")) {
        error = d;
      }
    }
    assertThat(error.get("code").asText()).isEqualTo("E-SCORE-004");
    assertThat(error.get("file").asText()).endsWith("reports/social-inklusion/report.yaml");
    assertThat(error.get("line").asInt()).isPositive();
    assertThat(error.get("message").asText())
        .contains("the published overall attainment 85 % disagrees with the computed 84 %");
    // Comparing a printed figure with the computed one is the score stage's check.
    assertThat(error.get("stage").asText()).isEqualTo("score");
    for (JsonNode d : json.get("diagnostics")) {
      assertThat(d.get("stage").asText()).as("%s", d).isIn("load", "validate", "score");
    }
  }

  @Test
  void jsonFormatNamesTheStageThatFoundEachProblem() throws Exception {
    Path content = copyExample();
    replace(content.resolve("reports/social-inklusion/report.yaml"), "kind: final", "kind: finale");
    replace(content.resolve("site.yaml"), "title:", "titel:");
    assertThat(run("check", "--source", content.toString(), "--format", "json")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    java.util.Map<String, String> stageOf = new java.util.TreeMap<>();
    for (JsonNode d : json.get("diagnostics")) {
      stageOf.put(d.get("code").asText(), d.get("stage").asText());
    }
    // site.yaml is read by the settings stage, which stops the build before reports are loaded.
    assertThat(stageOf).containsValue("settings").doesNotContainValue("load");
  }

  @Test
  void githubFormatPrintsWorkflowAnnotations() throws Exception {
    Path content = copyExample();
    replace(
        content.resolve("reports/social-inklusion/report.yaml"),
        "published_mean: 3.3",
        "published_mean: 3.4");
    assertThat(run("check", "--source", content.toString(), "--format", "github")).isEqualTo(1);
    assertThat(out.toString())
        .containsPattern(
            "(?m)^::error file=[^,]*report.yaml,line=\\d+,col=\\d+,title=E-SCORE-004::the published"
                + " mean 3.4 disagrees with the mean of the scores, 3.3%0Ahint: ")
        .containsPattern("(?m)^::warning file=[^,]*report.yaml,line=25,col=13,title=W-DATA-001::");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(run("check", "--source", "content", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("xml");
  }

  @Test
  void workflowCommandEscapingKeepsEachAnnotationOnOneLine() {
    assertThat(GithubPrinter.data("50 %\nnext\r")).isEqualTo("50 %25%0Anext%0D");
    assertThat(GithubPrinter.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  private static String listing(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return String.join("\n", walk.map(Path::toString).sorted().toList());
    }
  }
}
