package dk.evalsite.data;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.YamlNode;
import dk.evalsite.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;

/** YAML written in a test, and the positions of its text, found in the text itself. */
final class YamlText {
  static final Path FILE = Path.of("report.yaml");

  private YamlText() {}

  /** The top-level mapping of {@code yaml}, read as report.yaml is. */
  static Fields fields(String yaml, Diagnostics diagnostics) {
    YamlNode root = new YamlReader(diagnostics).parse(FILE, yaml, 0).orElseThrow();
    return Fields.of(root, diagnostics, "report.yaml");
  }

  /** "line:col" (from 1) of the first {@code needle} in {@code yaml}. */
  static String at(String yaml, String needle) {
    return at(yaml, needle, 0);
  }

  /** "line:col" of the first {@code needle} in {@code yaml} after offset {@code from}. */
  static String at(String yaml, String needle, int from) {
    int index = yaml.indexOf(needle, from);
    assertThat(index).as("`%s` in the test's YAML", needle).isNotNegative();
    int lineStart = yaml.lastIndexOf('\n', index - 1) + 1;
    int line = (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    return line + ":" + (index - lineStart + 1);
  }

  /** Each diagnostic as "code line:col". */
  static List<String> codesAt(Diagnostics diagnostics) {
    return diagnostics.sorted().stream().map(YamlText::codeAt).toList();
  }

  static String codeAt(Diagnostic d) {
    return d.code() + " " + d.pos().line() + ":" + d.pos().column();
  }

  static String lineCol(dk.evalsite.diag.SourcePos pos) {
    return pos.line() + ":" + pos.column();
  }
}
