package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A custom theme may write its ids the way any valid HTML does: links from Markdown to them build
 * without a broken-anchor error.
 */
class ThemeAnchorsTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /**
   * The small valid site of the hostile-input corpus with a copy of the default theme whose layout
   * ends every page with anchors in single quotes and in none, and a page linking {@code links}.
   */
  Path site(String links) throws IOException {
    Path content = tmp.resolve("content");
    copyTree(Path.of("src/test/resources/invalid/_base/content"), content);
    Path theme = tmp.resolve("theme");
    copyTree(Path.of("themes/default"), theme);
    Path layout = theme.resolve("templates/layout.ftlh");
    String html = Files.readString(layout, StandardCharsets.UTF_8);
    assertThat(html).contains("</body>");
    Files.writeString(
        layout,
        html.replace("</body>", "<p id='single'>a</p><p ID = bare>b</p>\n</body>"),
        StandardCharsets.UTF_8);
    Files.writeString(
        content.resolve("site.yaml"),
        Files.readString(content.resolve("site.yaml"), StandardCharsets.UTF_8)
            + "theme: ../theme\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        content.resolve("pages/anchors.md"),
        "---\ntitle: Ankre\n---\n\n" + links + "\n",
        StandardCharsets.UTF_8);
    return content;
  }

  @Test
  void linksToIdsInSingleQuotesOrNoneBuildWithoutAnError() throws IOException {
    Path content = site("Se [a](#single), [b](anchors.html#bare) og [c](om.html#single).");
    Path out = tmp.resolve("site");
    assertThat(run("build", "--source", content.toString(), "--out", out.toString()))
        .as(err.toString())
        .isZero();
    assertThat(err.toString()).doesNotContain("error");
    assertThat(Files.readString(out.resolve("anchors.html"), StandardCharsets.UTF_8))
        .contains("<p id='single'>")
        .contains("href=\"#single\"");
  }

  @Test
  void aLinkToAnIdTheThemeDoesNotWriteIsStillAnError() throws IOException {
    Path content = site("Se [a](#single) og [z](#singel).");
    Path out = tmp.resolve("site");
    assertThat(run("build", "--source", content.toString(), "--out", out.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("anchors.md:5:")
        .contains("error[E-MD-004]: the page anchors.html has no anchor `#singel`")
        .contains("Did you mean `#single`?")
        .doesNotContain("`#single`:");
    assertThat(out).doesNotExist();
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
