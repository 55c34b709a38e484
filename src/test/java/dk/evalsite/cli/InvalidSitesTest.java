package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The hostile-input corpus: every folder of src/test/resources/invalid/ is a broken site. Each is
 * the shared valid site in {@code _base/}, minus the paths in its {@code remove.txt}, plus its own
 * files (and, for a few, files {@link InvalidSiteFiles} makes at run time, such as a 20 MB file).
 * {@code build --strict} must exit 1 within a few seconds, print exactly {@code expected.txt}
 * (paths relative to the case folder), no stack trace, and write nothing; {@code check --strict}
 * must print the same diagnostics. Rewrite the expectations with {@code -Dcorpus.update=true} and
 * review the diff.
 */
class InvalidSitesTest {
  static final Path CORPUS = Path.of("src/test/resources/invalid");
  static final Path BASE = CORPUS.resolve("_base");
  static final Duration LIMIT = Duration.ofSeconds(15);

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCorpusHasAtLeastFiftyCases() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void theSharedBaseSiteIsCleanEvenWithStrict() throws IOException {
    Path site = assemble("_base");
    Result check = run("check", "--strict", "--source", site.resolve("content").toString());
    assertThat(check.code).as(check.out).isZero();
    assertThat(check.out).contains("No problems found");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aBrokenSiteGivesItsDiagnosticsExitsOneAndWritesNothing(String name) throws IOException {
    Path site = assemble(name);
    Path out = tmp.resolve("out");
    String content = site.resolve("content").toString();
    Result build =
        assertTimeoutPreemptively(
            LIMIT,
            // No PDF editions: link errors are found after rendering, and laying out PDFs first
            // would spend the limit (meant for runaway inputs) on what these cases do not test.
            () ->
                run("build", "--strict", "--no-pdf", "--source", content, "--out", out.toString()));
    String printed = normalize(build.err, site, out);
    Path expectedFile = CORPUS.resolve(name).resolve("expected.txt");
    if (Boolean.getBoolean("corpus.update")) {
      Files.writeString(expectedFile, printed, StandardCharsets.UTF_8);
    }
    assertThat(build.code).as(printed).isEqualTo(1);
    assertThat(printed).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    assertThat(build.err + build.out).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(build.out).isEmpty();
    assertThat(Files.exists(out)).as("output written").isFalse();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out"));
    }

    Result check =
        assertTimeoutPreemptively(LIMIT, () -> run("check", "--strict", "--source", content));
    assertThat(check.code).isEqualTo(1);
    String checked = normalize(check.out, site, out);
    assertThat(printed).startsWith(checked.isEmpty() ? "" : checked);
  }

  /** The base site with the case's changes, in a fresh folder. */
  private Path assemble(String name) throws IOException {
    Path site = tmp.resolve("case");
    copyTree(BASE, site);
    Path dir = CORPUS.resolve(name);
    Path remove = dir.resolve("remove.txt");
    if (Files.exists(remove)) {
      for (String line : Files.readAllLines(remove)) {
        if (!line.isBlank()) {
          deleteTree(site.resolve(line.trim()));
        }
      }
    }
    if (Files.isDirectory(dir.resolve("theme"))) {
      copyTree(Path.of("themes/default"), site.resolve("theme"));
    }
    if (!name.equals("_base")) {
      copyTree(dir, site);
      Files.deleteIfExists(site.resolve("expected.txt"));
      Files.deleteIfExists(site.resolve("remove.txt"));
    }
    InvalidSiteFiles.make(name, site);
    return site;
  }

  record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static String normalize(String text, Path site, Path out) {
    return text.replace(out.toString(), "site")
        .replace(site.toString() + "/", "")
        .replace(site.toString(), ".");
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.delete(p);
      }
    }
  }
}
