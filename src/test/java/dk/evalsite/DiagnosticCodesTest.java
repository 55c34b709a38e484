package dk.evalsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Diagnostic codes are documented: every code the sources can report is in the README's table and
 * has a section with an example in docs/diagnostics.md, and nothing documented is stale. Examples
 * taken from the corpus must still be its real output.
 */
class DiagnosticCodesTest {
  static final Pattern CODE = Pattern.compile("\"([EW]-[A-Z]+-\\d{3})\"");

  static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  static Set<String> matches(String text, String regex) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theReadmeTableListsExactlyTheCodesTheSourcesReport() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(matches(readme, "^\\| ([EW]-[A-Z]+-\\d{3}) \\|")).isEqualTo(codesInSources());
  }

  @Test
  void theDiagnosticsPageHasASectionWithAnExampleForEveryCode() throws IOException {
    String page = Files.readString(Path.of("docs/diagnostics.md"), StandardCharsets.UTF_8);
    assertThat(matches(page, "^## ([EW]-[A-Z]+-\\d{3})$")).isEqualTo(codesInSources());
    for (String code : codesInSources()) {
      String section = page.substring(page.indexOf("## " + code));
      int next = section.indexOf("\n## ", 3);
      section = next < 0 ? section : section.substring(0, next);
      assertThat(section).as(code).contains("```\n").contains("[" + code + "]");
    }
  }

  /**
   * Codes no corpus case can produce, whose examples are written by hand: a root user can read
   * every file, charts fail only on a Java without a font system, the PDF library fails only on a
   * layout it has a bug with, internal errors are bugs, and the corpus is built without git dates
   * (GitDatesBuildTest checks W-GIT-001 and W-GIT-002).
   */
  private static final java.util.Set<String> HAND_WRITTEN =
      java.util.Set.of(
          "E-IO-001",
          "E-CHART-001",
          "E-INTERNAL-001",
          "E-PDF-001",
          "W-GIT-001",
          "W-GIT-002",
          "W-GIT-003",
          "W-TODO-001");

  @Test
  void examplesFromTheCorpusAreItsRealOutput() throws IOException {
    String page = Files.readString(Path.of("docs/diagnostics.md"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("Example \\(corpus case `([^`]+)`\\):\\n\\n```\\n(.*?)```", Pattern.DOTALL)
            .matcher(page);
    java.util.Set<String> shown = new java.util.TreeSet<>();
    while (m.find()) {
      Path expected = Path.of("src/test/resources/invalid", m.group(1), "expected.txt");
      String example = m.group(2).replaceAll("…\\n", "\n");
      for (String line : example.split("\n")) {
        assertThat(Files.readString(expected, StandardCharsets.UTF_8))
            .as("%s in %s", line, expected)
            .contains(line);
      }
      Matcher code = Pattern.compile("\\[([EW]-[A-Z]+-\\d{3})\\]").matcher(example);
      while (code.find()) {
        shown.add(code.group(1));
      }
    }
    java.util.Set<String> needed = new java.util.TreeSet<>(codesInSources());
    needed.removeAll(HAND_WRITTEN);
    assertThat(shown).containsAll(needed);
  }
}
