package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds against real processes and real folders: one build per output folder at a time, no
 * leftovers after a kill, and a full disk that names the file and leaves the previous site.
 */
class OutputFolderSafetyTest {
  @TempDir Path tmp;
  Path content;
  Path site;

  @BeforeEach
  void copyExample() throws Exception {
    content = TestSites.copyExample(tmp.resolve("content"));
    site = tmp.resolve("site");
  }

  /** `evalsite build` in a process of its own, as a user runs it. */
  private Process evalsite(Path out, String... more) throws IOException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                "dk.evalsite.cli.Main",
                "build",
                "--source",
                content.toString(),
                "--out",
                out.toString()));
    command.addAll(List.of(more));
    return new ProcessBuilder(command)
        .redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile())
        .start();
  }

  private String err() throws IOException {
    return Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
  }

  private void buildHere(Path out) throws IOException {
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(content, out, false, false);
    assertThat(result.written()).as("%s", d.sorted()).isTrue();
  }

  /** The folders beside {@code out} that builds of it stage in or move aside. */
  private List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out.toAbsolutePath().getParent())) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("." + out.getFileName() + "."))
          .sorted()
          .toList();
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
      Thread.sleep(5);
    }
  }

  /** Waits until {@code build} has made its staging folder (or ended). */
  private void waitUntilStaging(Process build) throws Exception {
    waitFor(
        () -> {
          try {
            return !leftovers(site).isEmpty() || !build.isAlive();
          } catch (IOException e) {
            return false;
          }
        },
        "the build to stage its files");
  }

  @Test
  void aSecondBuildOfTheSameFolderWaitsForTheFirstAndSaysSo() throws Exception {
    Process second;
    try (OutputLock first = OutputLock.acquire(site, message -> {})) {
      second = evalsite(site);
      waitFor(
          () -> {
            try {
              return err().contains("waiting for another evalsite build of");
            } catch (IOException e) {
              return false;
            }
          },
          "the second build to say it waits");
      assertThat(err()).contains("pid " + ProcessHandle.current().pid());
      Thread.sleep(300);
      assertThat(second.isAlive()).isTrue();
      assertThat(site).doesNotExist();
    }
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(err()).isZero();
    assertThat(site.resolve("index.html")).exists();
  }

  @Test
  void aBuildRemovesOnlyTheLeftoversOfKilledBuildsOfItsOwnFolder() throws Exception {
    buildHere(site);
    Path stage = Files.createDirectories(tmp.resolve(".site.stage-123"));
    Files.writeString(stage.resolve(SiteWriter.STAGING), "");
    Files.writeString(stage.resolve("index.html"), "half");
    Path fresh = Files.createDirectories(tmp.resolve(".site.new-456"));
    Files.writeString(fresh.resolve(SiteWriter.STAGING), "");
    Path old = Files.createDirectories(tmp.resolve(".site.old-789"));
    Files.writeString(old.resolve(SiteWriter.MARKER), "");
    // Look-alikes that evalsite did not make, and another folder's staging: never touched.
    Path unmarked = Files.createDirectories(tmp.resolve(".site.stage-mine"));
    Files.writeString(unmarked.resolve("notes.txt"), "mine");
    // A build killed right after making its folder left it empty: nothing to lose there.
    Files.createDirectories(tmp.resolve(".site.new-000"));
    Path other = Files.createDirectories(tmp.resolve(".andet.stage-1"));
    Files.writeString(other.resolve(SiteWriter.STAGING), "");

    Files.writeString(
        content.resolve("pages/kontakt.md"),
        "\nRing gerne.\n",
        java.nio.file.StandardOpenOption.APPEND);
    buildHere(site);

    assertThat(leftovers(site)).containsExactly(".site.stage-mine");
    assertThat(unmarked).exists();
    assertThat(other).exists();
  }

  @Test
  void aKillBetweenTheTwoRenamesOfASwapGetsTheOldSiteBack() throws Exception {
    buildHere(site);
    Map<String, byte[]> before = ExampleSite.files(site);
    Files.move(site, tmp.resolve(".site.old-42"));
    buildHere(site); // finds no site, puts the old one back, then builds on it
    assertThat(leftovers(site)).isEmpty();
    assertThat(ExampleSite.files(site).keySet()).isEqualTo(before.keySet());
  }

  @Test
  void aKilledBuildLeavesThePreviousSiteAndTheNextBuildNoLeftovers() throws Exception {
    buildHere(site);
    Map<String, byte[]> before = ExampleSite.files(site);
    Files.writeString(
        content.resolve("reports/social-inklusion/report.yaml"),
        Files.readString(content.resolve("reports/social-inklusion/report.yaml"))
            .replaceFirst("title: ", "title: Ny "));
    Process build = evalsite(site);
    waitUntilStaging(build);
    build.destroyForcibly(); // kill -9: no shutdown hook runs
    build.waitFor(60, TimeUnit.SECONDS);
    if (!leftovers(site).isEmpty()) {
      assertThat(ExampleSite.files(site)).containsOnlyKeys(before.keySet());
      before.forEach((path, bytes) -> assertThat(site.resolve(path)).hasBinaryContent(bytes));
    }
    buildHere(site);
    assertThat(leftovers(site)).isEmpty();
    assertThat(Files.readString(site.resolve("reports/social-inklusion/index.html")))
        .contains("Ny ");
  }

  @Test
  void aTerminatedBuildRemovesWhatItStaged() throws Exception {
    Process build = evalsite(site);
    waitUntilStaging(build);
    build.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook runs
    assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(leftovers(site)).isEmpty();
  }

  /**
   * A 9 MB file system: room for one example site (6.3 MB with its PDF editions) but not for a
   * second beside it.
   */
  @Test
  void aFullDiskNamesTheFileExitsFourAndLeavesThePreviousSite() throws Exception {
    Path small = Files.createDirectories(tmp.resolve("small"));
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=9m", "tmpfs", small.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    Assumptions.assumeTrue(
        mounted,
        "full-disk test skipped: cannot mount a small tmpfs here (needs root): "
            + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    try {
      Path out = small.resolve("site");
      Process first = evalsite(out);
      assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(first.exitValue()).as(err()).isZero();
      Map<String, byte[]> before = ExampleSite.files(out);

      Process clean = evalsite(out, "--clean");
      assertThat(clean.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(clean.exitValue()).as(err()).isEqualTo(4);
      assertThat(err())
          .containsPattern("error: cannot (write|create the folder) .*small/site/.*: No space left")
          .contains("the previous site was left as it was")
          .doesNotContain("\tat ");
      assertThat(ExampleSite.files(out)).containsOnlyKeys(before.keySet());
      before.forEach((path, bytes) -> assertThat(out.resolve(path)).hasBinaryContent(bytes));
      assertThat(leftovers(out)).isEmpty();
    } finally {
      new ProcessBuilder("umount", small.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
