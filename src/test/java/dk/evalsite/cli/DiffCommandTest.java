package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.evalsite.history.TestRepo;
import dk.evalsite.site.TestSites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code evalsite diff} on a real repository holding the example site: a changed status, a changed
 * target, a moved band, an added report and a broken file, in every format.
 */
class DiffCommandTest {
  @TempDir Path tmp;
  TestRepo repo;
  Path content;
  String out;
  String err;

  @BeforeEach
  void commitTheExample() throws Exception {
    repo = TestRepo.init(tmp.resolve("repo"));
    content = TestSites.copyExample(repo.dir().resolve("content"));
    repo.commit("Publish", "2025-03-10T09:00:00Z");
  }

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(o));
    cli.setErr(new PrintWriter(e));
    int code = cli.execute(args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  int diff(String... args) {
    List<String> all = new ArrayList<>(List.of("diff", "--source", content.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  void edit(String path, String from, String to) throws Exception {
    Path file = content.resolve(path);
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  void append(String path, String text) throws Exception {
    Path file = content.resolve(path);
    Files.writeString(file, Files.readString(file) + text);
  }

  /** Line of the first line holding {@code what} after the line holding {@code after}. */
  int lineOf(String path, String after, String what) throws Exception {
    List<String> lines = Files.readAllLines(content.resolve(path));
    int start = 0;
    while (!lines.get(start).contains(after)) {
      start++;
    }
    for (int i = start; i < lines.size(); i++) {
      if (lines.get(i).contains(what)) {
        return i + 1;
      }
    }
    throw new AssertionError(what);
  }

  /**
   * Region Sjælland's B3 from 8 to 14 of 20 (40 % red → 70 % yellow in the final bands), Øvrige
   * regioner's B4 target 13 → 12 (12 of 13 = 92 % → 100 %), and the published headline as it now
   * is: (100+100+58+100 + 100+100+70)/7 = 89,7 → 89 %.
   */
  void changeStatusAndTarget() throws Exception {
    String yaml = "reports/social-inklusion/report.yaml";
    edit(yaml, "target: 20, status: 8}", "target: 20, status: 14}");
    edit(yaml, "target: 13, status: 12}", "target: 12, status: 12}");
    edit(yaml, "published_percent: 84", "published_percent: 89");
  }

  @Test
  void aChangedStatusAndTargetShowEveryFigureTheyMoveInAllFourFormats() throws Exception {
    changeStatusAndTarget();
    append("reports/social-inklusion/status.md", "\nEn ny linje.\n");
    repo.commit("Correct B3 and B4", "2025-06-02T12:00:00Z");
    String yaml = "reports/social-inklusion/report.yaml";

    assertThat(diff("HEAD~1", "HEAD")).isZero();
    assertThat(out)
        .contains("social-inklusion (Social inklusion gennem vækstpartnerskaber): changed")
        .contains("  B3 (sjaelland) status: 8 → 14\n")
        .contains("  B3 (sjaelland) attainment: 40 % → 70 %\n")
        .contains("  B3 (sjaelland) light: Rød → Gul  [light moved]\n")
        .contains("  B4 (ovrige) target: 13 → 12\n")
        .contains("  B4 (ovrige) attainment: 92 % → 100 %\n")
        .contains("  overall_attainment: 84 % → 89 %\n")
        .contains("  narrative status.md: +2 −0 lines")
        .doesNotContain("social-inclusion (");

    assertThat(diff("HEAD~1", "HEAD", "--format", "markdown")).isZero();
    assertThat(out)
        .contains("| figure | old | new | change |")
        .contains("| B3 (sjaelland) attainment | 40 % | 70 % | +30 pp |")
        .contains("| B3 (sjaelland) light | Rød | Gul | **light moved** |")
        .contains("| B4 (ovrige) target | 13 | 12 | changed |")
        .contains("| overall_attainment | 84 % | 89 % | +5 pp |");

    assertThat(diff("HEAD~1", "HEAD", "--format", "json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out);
    JsonNode report = json.get("reports").get(0);
    assertThat(json.get("reports")).hasSize(1);
    assertThat(report.get("slug").asText()).isEqualTo("social-inklusion");
    List<String> changes = new ArrayList<>();
    report
        .get("changes")
        .forEach(
            c ->
                changes.add(
                    c.get("goal").asText()
                        + "|"
                        + c.get("region").asText()
                        + "|"
                        + c.get("field").asText()
                        + "|"
                        + c.get("old").asText()
                        + "|"
                        + c.get("new").asText()));
    // Every figure the two edits move, and nothing else.
    assertThat(changes)
        .containsExactlyInAnyOrder(
            "null|null|overall_attainment|84 %|89 %",
            "B4|ovrige|target|13|12",
            "B4|ovrige|attainment|92 %|100 %",
            "B3|sjaelland|status|8|14",
            "B3|sjaelland|attainment|40 %|70 %",
            "B3|sjaelland|light|Rød|Gul");

    assertThat(diff("HEAD~1", "HEAD", "--format", "github")).isZero();
    int line = lineOf(yaml, "id: sjaelland", "{id: B3,");
    assertThat(out)
        .contains(
            "::warning file="
                + GithubPrinter.property(content.resolve(yaml).toString())
                + ",line="
                + line
                + ",title=Light moved::social-inklusion: B3 (sjaelland) light: Rød → Gul\n");
    assertThat(out.lines().filter(l -> l.startsWith("::"))).hasSize(1);
  }

  @Test
  void aMovedBandShowsEveryLightItMoves() throws Exception {
    // Green from 90 instead of 81: the headline 84 % turns yellow in both languages; of the goal
    // rows only groenne-job-slut's B2 (51 of 60 = 85 %) lies between 81 and 89, so it alone turns
    // yellow (its headline 74 % was yellow already; the midterm's bands are unchanged).
    edit("scoring.yaml", "{light: green, from: 81,", "{light: green, from: 90,");
    repo.commit("Stricter green", "2025-06-02T12:00:00Z");
    assertThat(diff("HEAD~1", "HEAD", "--format", "json", "--fail-on", "light-change"))
        .isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out);
    List<String> moved = new ArrayList<>();
    json.get("reports")
        .forEach(
            r ->
                r.get("changes")
                    .forEach(
                        c ->
                            moved.add(
                                r.get("slug").asText()
                                    + " "
                                    + c.get("field").asText()
                                    + " "
                                    + c.get("old").asText()
                                    + " → "
                                    + c.get("new").asText())));
    assertThat(moved)
        .containsExactlyInAnyOrder(
            "groenne-job-slut light Grøn → Gul",
            "social-inclusion attainment_light Green → Yellow",
            "social-inklusion attainment_light Grøn → Gul");
  }

  @Test
  void anAddedReportAndABrokenFileAreReportedNotCrashedOn() throws Exception {
    Path added = content.resolve("reports/ny-rapport");
    Files.createDirectories(added);
    Files.writeString(
        added.resolve("report.yaml"),
        Files.readString(content.resolve("reports/social-inklusion/report.yaml"))
            .replaceAll("(?m)^translation:.*$", "#"));
    Files.writeString(content.resolve("reports/social-inclusion/report.yaml"), "title: [\n");
    // Working tree against HEAD: nothing committed.
    assertThat(diff("HEAD")).isZero();
    assertThat(out)
        .contains("ny-rapport (Social inklusion gennem vækstpartnerskaber): added")
        .contains("social-inclusion (social-inclusion): broken")
        .contains("reports/social-inclusion/report.yaml:")
        .contains("E-YAML-001")
        .contains("at working tree");
    assertThat(diff("HEAD", "--format", "github")).isZero();
    assertThat(out).contains("::error file=").contains("title=Cannot compare::");
  }

  @Test
  void figureChangeFailsOnAnyFigureAndNotOnProse() throws Exception {
    append("reports/social-inklusion/status.md", "\nEn ny linje.\n");
    repo.commit("Prose", "2025-06-02T12:00:00Z");
    assertThat(diff("HEAD~1", "HEAD", "--fail-on", "figure-change")).isZero();
    changeStatusAndTarget();
    assertThat(diff("HEAD", "--fail-on", "figure-change")).isEqualTo(1);
  }

  @Test
  void theDefaultComparesTheMergeBaseWithTheWorkingTree() throws Exception {
    repo.git().checkout().setCreateBranch(true).setName("fix").call();
    changeStatusAndTarget();
    repo.commit("On a branch", "2025-06-02T12:00:00Z");
    assertThat(diff()).isZero();
    assertThat(out).contains("B3 (sjaelland) attainment: 40 % → 70 %");
  }

  @Test
  void outsideGitOrWithAnUnknownRevisionItIsAUsageError() throws Exception {
    Path plain = TestSites.copyExample(tmp.resolve("plain"));
    assertThat(run("diff", "--source", plain.toString())).isEqualTo(2);
    assertThat(err).contains("not in a git repository");
    assertThat(diff("no-such-rev")).isEqualTo(2);
    assertThat(err).contains("unknown revision `no-such-rev`");
  }

  @Test
  void helpListsDiff() {
    assertThat(run("--help")).isZero();
    assertThat(out).contains("diff");
    assertThat(run("diff", "--help")).isZero();
    assertThat(out).contains("--fail-on").contains("--format");
  }
}
