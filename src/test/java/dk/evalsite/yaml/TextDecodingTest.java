package dk.evalsite.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Input files are strict UTF-8: the quick path must accept and refuse exactly what it should. */
class TextDecodingTest {
  final Diagnostics diagnostics = new Diagnostics();

  private String decode(byte[] bytes) {
    return YamlReader.decode(Path.of("x.md"), bytes, diagnostics).orElse(null);
  }

  @Test
  void acceptsUtf8AndDropsAByteOrderMark() {
    assertThat(decode("Målopnåelse".getBytes(StandardCharsets.UTF_8))).isEqualTo("Målopnåelse");
    assertThat(decode("\uFEFFtitle: Om".getBytes(StandardCharsets.UTF_8))).isEqualTo("title: Om");
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void acceptsAReplacementCharacterWrittenInTheText() {
    assertThat(decode("a \uFFFD b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a \uFFFD b");
    assertThat(decode("\uFEFF\uFFFD".getBytes(StandardCharsets.UTF_8))).isEqualTo("\uFFFD");
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void refusesLatin1WithTheLineOfTheFirstBadByte() {
    byte[] latin1 = "title: Om\nM\u00e5l\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(decode(latin1)).isNull();
    assertThat(diagnostics.all())
        .extracting(Diagnostic::code, d -> d.pos().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E-IO-002", 2));
  }
}
