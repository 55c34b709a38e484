package dk.evalsite.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile YAML is refused quickly, with one clear diagnostic, before it can use much memory. */
class YamlLimitsTest {
  static final Duration QUICKLY = Duration.ofSeconds(5);

  @TempDir Path tmp;
  final Diagnostics diagnostics = new Diagnostics();

  Optional<YamlNode> read(String text) throws Exception {
    Path file = Files.writeString(tmp.resolve("x.yaml"), text, StandardCharsets.UTF_8);
    return assertTimeoutPreemptively(QUICKLY, () -> new YamlReader(diagnostics).read(file));
  }

  Diagnostic only() {
    assertThat(diagnostics.sorted()).hasSize(1);
    return diagnostics.sorted().get(0);
  }

  @Test
  void refusesABillionLaughs() throws Exception {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))));
      yaml.append("]\n");
    }
    assertThat(read(yaml.toString())).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-003");
    assertThat(only().message()).contains("aliases");
  }

  @Test
  void refusesAliasesThatExpandPastTheNodeBudgetEvenBelowTheAliasLimit() throws Exception {
    // 40 aliases, each to a list of 10 000 items: few aliases, 400 000 nodes once expanded.
    StringBuilder yaml = new StringBuilder("big: &big [");
    yaml.append(String.join(",", java.util.Collections.nCopies(10_000, "1"))).append("]\nall: [");
    yaml.append(String.join(", ", java.util.Collections.nCopies(40, "*big"))).append("]\n");
    assertThat(read(yaml.toString())).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-003");
    assertThat(only().message()).contains("too large");
  }

  @Test
  void refusesATwentyMegabyteFileWithoutReadingIt() throws Exception {
    Path file = tmp.resolve("big.yaml");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String line = "- " + "x".repeat(98) + "\n";
      for (int i = 0; i < 200_000; i++) {
        w.write(line);
      }
    }
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(20_000_000L);
    assertThat(assertTimeoutPreemptively(QUICKLY, () -> new YamlReader(diagnostics).read(file)))
        .isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-003");
    assertThat(only().message()).isEqualTo("the file is 19.3 MiB, larger than the limit of 4 MiB");
  }

  @Test
  void saysSoWhenAFileWithoutAliasesHasTooManyValuesAndNeverMentionsAliases() throws Exception {
    // As 50 000 goal rows of four values each, in the fewest bytes.
    String yaml = "rows: [" + "1,".repeat(200_001) + "]\n";
    Path file = Files.writeString(tmp.resolve("rows.yaml"), yaml, StandardCharsets.UTF_8);
    // About the message, not the speed: 200 000 values take seconds on a loaded machine.
    assertThat(
            assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> new YamlReader(diagnostics).read(file)))
        .isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-003");
    assertThat(only().message())
        .isEqualTo("the document has more than 200000 values (mappings, lists and scalars)");
    assertThat(only().hint()).doesNotContain("alias");
  }

  @Test
  void refusesDeepNesting() throws Exception {
    assertThat(read("a: " + "[".repeat(500) + "]".repeat(500) + "\n")).isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-003");
  }

  @Test
  void refusesAVeryLongValueAtItsPosition() throws Exception {
    assertThat(read("title: ok\nsummary: " + "y".repeat(YamlReader.MAX_STRING + 1) + "\n"))
        .isEmpty();
    assertThat(only().code()).isEqualTo("E-YAML-003");
    assertThat(only().pos().line()).isEqualTo(2);
    assertThat(only().pos().column()).isEqualTo(10);
  }

  @Test
  void acceptsAValueJustBelowTheLimit() throws Exception {
    assertThat(read("summary: " + "y".repeat(YamlReader.MAX_STRING) + "\n")).isPresent();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aByteOrderMarkDoesNotShiftColumns() throws Exception {
    Path file = tmp.resolve("bom.yaml");
    Files.write(file, "\uFEFFa: [1, 2]\n".getBytes(StandardCharsets.UTF_8));
    YamlNode.MapNode root = (YamlNode.MapNode) new YamlReader(diagnostics).read(file).orElseThrow();
    assertThat(root.entries().get(0).keyPos().column()).isEqualTo(1);
    assertThat(root.entries().get(0).value().pos().column()).isEqualTo(4);
  }

  @Test
  void crlfLineEndingsKeepLinesAndColumns() throws Exception {
    YamlNode.MapNode root = (YamlNode.MapNode) read("a: 1\r\nb:\r\n  c: 2\r\n").orElseThrow();
    YamlNode.Entry b = root.entries().get(1);
    YamlNode.Entry c = ((YamlNode.MapNode) b.value()).entries().get(0);
    assertThat(c.keyPos().line()).isEqualTo(3);
    assertThat(c.keyPos().column()).isEqualTo(3);
  }

  @Test
  void latin1BytesNameTheirLine() throws Exception {
    Path file = tmp.resolve("latin1.yaml");
    Files.write(file, "a: 1\nb: Sj\u00e6lland\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(new YamlReader(diagnostics).read(file)).isEmpty();
    assertThat(only().code()).isEqualTo("E-IO-002");
    assertThat(only().pos().line()).isEqualTo(2);
  }
}
