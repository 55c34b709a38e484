package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, whatever the machine's locale and time zone. */
class DeterministicBuildTest {
  @TempDir Path tmp;

  @Test
  void twoBuildsAreByteIdentical() throws Exception {
    Map<String, byte[]> first =
        ExampleSite.files(ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("a")));
    Map<String, byte[]> second =
        ExampleSite.files(ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("b")));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void buildIsIdenticalUnderAnotherLocaleAndTimeZone() throws Exception {
    Map<String, byte[]> here =
        ExampleSite.files(ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("here")));
    Path there = tmp.resolve("there");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Duser.language=tr",
                    "-Duser.country=TR",
                    "-Duser.timezone=Pacific/Kiritimati",
                    "-Dfile.encoding=ISO-8859-1",
                    "-Djava.awt.headless=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dk.evalsite.cli.Main",
                    "build",
                    "--source",
                    ExampleSite.CONTENT.toAbsolutePath().toString(),
                    "--out",
                    there.toString()))
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    Map<String, byte[]> elsewhere = ExampleSite.files(there);
    assertThat(elsewhere.keySet()).isEqualTo(here.keySet());
    here.forEach(
        (path, bytes) ->
            assertThat(new String(elsewhere.get(path), StandardCharsets.UTF_8))
                .as(path)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }
}
