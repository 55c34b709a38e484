package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code evalsite new}: a starter site and a new report that pass check with only W-TODO. */
class NewCommandTest {
  @TempDir Path tmp;
  String out;
  String err;

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

  @Test
  void aNewSiteWithANewReportChecksWithOnlyPlaceholderWarnings() throws Exception {
    Path dir = tmp.resolve("portal");
    assertThat(run("new", "site", dir.toString())).isZero();
    assertThat(Files.readString(dir.resolve(".gitignore"))).contains("/site/", "/.evalsite-cache/");
    Path content = dir.resolve("content");
    assertThat(content.resolve("site.yaml")).exists();
    assertThat(content.resolve("scoring.yaml")).exists();
    assertThat(content.resolve("pages/om.md")).exists();
    for (String kind : new String[] {"final", "midterm"}) {
      for (String language : new String[] {"da", "en"}) {
        String slug = kind + "-" + language;
        assertThat(
                run(
                    "new",
                    "report",
                    slug,
                    "--kind",
                    kind,
                    "--language",
                    language,
                    "--source",
                    content.toString()))
            .as(err)
            .isZero();
        assertThat(content.resolve("reports/" + slug + "/report.yaml")).exists();
        assertThat(content.resolve("reports/" + slug + "/learning.md")).exists();
      }
    }
    // --drafts: the new report is a draft (a TODO says to publish it when ready).
    assertThat(run("check", "--source", content.toString(), "--drafts", "--format", "json"))
        .as(out + err)
        .isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    assertThat(json.get("errors").asInt()).isZero();
    java.util.Set<String> codes = new java.util.TreeSet<>();
    json.get("diagnostics").forEach(d -> codes.add(d.get("code").asText()));
    assertThat(codes).containsExactly("W-TODO-001");
    // One warning per line holding a placeholder, in every file written: nothing else.
    long todoLines = 0;
    try (var walk = Files.walk(content)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        todoLines += Files.readAllLines(f).stream().filter(l -> l.contains("TODO")).count();
      }
    }
    assertThat(json.get("warnings").asLong()).isEqualTo(todoLines).isGreaterThan(40);
    assertThat(json.get("diagnostics").get(0).get("line").asInt()).isPositive();
  }

  @Test
  void nothingIsOverwritten() throws Exception {
    Path dir = tmp.resolve("portal");
    assertThat(run("new", "site", dir.toString())).isZero();
    assertThat(run("new", "site", dir.toString())).isEqualTo(2);
    assertThat(err).contains("already exists");
    Path content = dir.resolve("content");
    assertThat(run("new", "report", "x", "--source", content.toString())).isZero();
    assertThat(run("new", "report", "x", "--source", content.toString())).isEqualTo(2);
    assertThat(run("new", "report", "Bad Slug", "--source", content.toString())).isEqualTo(2);
  }
}
