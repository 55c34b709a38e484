package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.site.SiteWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Nothing lost: dangerous output folders are refused before anything is built. */
class OutputFolderTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int build(Path site, String... extra) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] args = new String[4 + extra.length];
    args[0] = "build";
    args[1] = "--source=content";
    args[2] = "--out";
    args[3] = site.toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return cli.execute(args);
  }

  @Test
  void aBuildMarksItsOutputAndMayReplaceItLater() throws Exception {
    Path site = tmp.resolve("site");
    assertThat(build(site)).isZero();
    assertThat(Files.readString(site.resolve(SiteWriter.MARKER))).contains("written by evalsite");
    assertThat(build(site)).isZero();
  }

  @Test
  void refusesANonEmptyFolderEvalsiteDidNotWrite() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("thesis"));
    Files.writeString(folder.resolve("chapter1.tex"), "precious");
    assertThat(build(folder)).isEqualTo(2);
    assertThat(err.toString())
        .contains("is not empty and was not written by evalsite")
        .contains("--force");
    assertThat(Files.readString(folder.resolve("chapter1.tex"))).isEqualTo("precious");
    assertThat(Files.list(tmp).count()).isEqualTo(1);
  }

  @Test
  void forceReplacesAForeignFolder() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("old"));
    Files.writeString(folder.resolve("stale.html"), "old");
    assertThat(build(folder, "--force")).isZero();
    assertThat(Files.exists(folder.resolve("stale.html"))).isFalse();
    assertThat(Files.exists(folder.resolve("index.html"))).isTrue();
  }

  @Test
  void anEmptyFolderIsFine() throws Exception {
    assertThat(build(Files.createDirectories(tmp.resolve("empty")))).isZero();
  }

  @Test
  void refusesAFileTheRootAndTheHomeFolder() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
    assertThat(build(file)).isEqualTo(2);
    assertThat(err.toString()).contains("is a file, not a folder");
    assertThat(OutputFolders.refusal(Path.of("content"), Path.of("/"), true))
        .contains("filesystem root");
    assertThat(
            OutputFolders.refusal(
                Path.of("content"), Path.of(System.getProperty("user.home")), true))
        .contains("home folder");
    assertThat(OutputFolders.refusal(Path.of("content"), Path.of("."), true))
        .contains("contains the content folder");
  }

  @Test
  void strictBuildWritesNothingOnWarnings() {
    Path site = tmp.resolve("site");
    assertThat(build(site, "--strict")).isEqualTo(1);
    assertThat(err.toString()).contains("--strict: warnings count as errors");
    assertThat(Files.exists(site)).isFalse();
  }
}
