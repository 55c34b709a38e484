package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, whatever the machine's locale, zone and fonts. */
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
  void buildIsIdenticalUnderAnotherLocaleTimeZoneAndEncoding() throws Exception {
    assertIdenticalInSubprocess(
        List.of(
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Duser.timezone=Pacific/Kiritimati",
            "-Dfile.encoding=ISO-8859-1"),
        Map.of());
  }

  /** Charts measure text with the font in the jar, so the machine's fonts cannot change them. */
  @Test
  void buildIsIdenticalOnAMachineWithoutFonts() throws Exception {
    Path config = tmp.resolve("fonts.conf");
    Files.writeString(config, "<?xml version=\"1.0\"?><fontconfig></fontconfig>\n");
    assertIdenticalInSubprocess(List.of(), Map.of("FONTCONFIG_FILE", config.toString()));
  }

  private void assertIdenticalInSubprocess(List<String> jvmOptions, Map<String, String> env)
      throws Exception {
    Map<String, byte[]> here =
        ExampleSite.files(ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("here")));
    Path there = tmp.resolve("there");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.awt.headless=true"));
    // Dates from git as in this JVM (the test suite turns them off), so both builds agree.
    command.add("-Devalsite.gitDates=" + System.getProperty("evalsite.gitDates", "true"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "dk.evalsite.cli.Main",
            "build",
            "--source",
            ExampleSite.CONTENT.toAbsolutePath().toString(),
            "--out",
            there.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    // Libraries that log through SLF4J must stay silent (a mismatched provider once printed here).
    assertThat(output).doesNotContain("SLF4J");
    Map<String, byte[]> elsewhere = ExampleSite.files(there);
    assertThat(elsewhere.keySet()).isEqualTo(here.keySet());
    here.forEach(
        (path, bytes) ->
            assertThat(new String(elsewhere.get(path), StandardCharsets.UTF_8))
                .as(path)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }
}
