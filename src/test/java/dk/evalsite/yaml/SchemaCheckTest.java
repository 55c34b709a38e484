package dk.evalsite.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Schema violations come back at the file:line:col of the node they are about. */
class SchemaCheckTest {
  static final Path FILE = Path.of("site.yaml");
  final Diagnostics diagnostics = new Diagnostics();

  void check(String yaml) {
    YamlNode root = new YamlReader(diagnostics).parse(FILE, yaml, 0).orElseThrow();
    new SchemaCheck(diagnostics).check(root, "site");
  }

  @Test
  void aWrongValueIsReportedAtTheValue() {
    check("title: Portal\nlanguage: de\n");
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-DATA-007");
    assertThat(d.pos()).isEqualTo(new SourcePos(FILE, 2, 11));
    assertThat(d.message()).startsWith("`language`: ");
    assertThat(d.hint()).contains("schemas/site.schema.json");
  }

  @Test
  void anUnknownKeyIsReportedAtTheKey() {
    check("title: Portal\nlanguage: da\n  \nthema: x\n");
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-DATA-001");
    assertThat(d.pos()).isEqualTo(new SourcePos(FILE, 4, 1));
  }

  @Test
  void aMissingKeyIsReportedAtItsMapping() {
    check("# comment\ntitle: Portal\n");
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-DATA-003");
    assertThat(d.pos().line()).isEqualTo(2);
    assertThat(d.message()).contains("language");
  }

  @Test
  void aWrongTypeIsReportedAtTheValue() {
    check("title: [a, b]\nlanguage: da\n");
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-DATA-002");
    assertThat(d.pos()).isEqualTo(new SourcePos(FILE, 1, 8));
  }

  @Test
  void staysQuietWhereTheLoaderAlreadyReportedAProblem() {
    YamlNode root =
        new YamlReader(diagnostics).parse(FILE, "title: Portal\nlanguage: de\n", 0).orElseThrow();
    diagnostics.error("E-DATA-007", new SourcePos(FILE, 2, 11), "loader's message", "hint");
    new SchemaCheck(diagnostics).check(root, "site");
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::message)
        .containsExactly("loader's message");
  }

  @Test
  void aValidFileGivesNothing() {
    check("title: Portal\nlanguage: da\nbase_url: https://example.dk/\n");
    assertThat(diagnostics.sorted()).isEmpty();
  }
}
