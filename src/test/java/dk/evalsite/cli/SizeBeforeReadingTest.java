package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's size is checked before it is read: a sparse file of 1 GiB, which takes no disk, is
 * refused by a build whose whole Java heap is 64 MiB (reading it first cost 2.2 GB).
 */
class SizeBeforeReadingTest {
  @TempDir Path tmp;

  @Test
  void aGigabyteSparseReportYamlIsRefusedByABuildWithA64MibHeap() throws Exception {
    Path content = dk.evalsite.site.TestSites.copyExample(tmp.resolve("content"));
    Path report = content.resolve("reports/social-inklusion/report.yaml");
    Path narrative = content.resolve("reports/social-inklusion/status.md");
    for (Path file : List.of(report, narrative)) {
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
        f.setLength(1L << 30);
      }
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process build =
        new ProcessBuilder(
                java,
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "build",
                "--source",
                content.toString(),
                "--out",
                tmp.resolve("site").toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("log.txt").toFile())
            .start();
    assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("build finished").isTrue();
    String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
    assertThat(build.exitValue()).as(log).isEqualTo(1);
    assertThat(log)
        .contains(
            "report.yaml: error[E-YAML-003]: the file is 1 GiB, larger than the limit of 4 MiB")
        .contains(
            "status.md: error[E-CONTENT-006]: the file is 1 GiB, larger than the limit of 256 KiB")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("out of memory");
    assertThat(tmp.resolve("site")).doesNotExist();
  }
}
