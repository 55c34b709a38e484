package dk.evalsite.config;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.validate.ScoringTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts of scoring.yaml in one or more languages, and the check that a report's language has one.
 */
class LocalTextTest {
  @TempDir Path tmp;
  final Diagnostics diagnostics = new Diagnostics();

  private ScoringRules load(Path file) {
    return new ScoringRulesLoader(diagnostics).load(file).orElseThrow();
  }

  @Test
  void theExampleRulesSpeakDanishAndEnglish() {
    ScoringRules rules = load(Path.of("content/scoring.yaml"));
    var name = rules.implementation().parameters().get(0).name();
    assertThat(name.in("da")).isEqualTo("Organisering og samarbejde");
    assertThat(name.in("en")).isEqualTo("Organisation and cooperation");
    var band = rules.attainment().bands().get(EvaluationKind.FINAL).bands().get(1).meaning();
    assertThat(band.in("da")).isEqualTo("Målopnåelsen er lidt under det ønskede niveau.");
    assertThat(band.in("en")).isEqualTo("Goal attainment is slightly below the desired level.");
    ScoringTexts.check(rules, Map.of("da", "a", "en", "b"), diagnostics);
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void oneTextServesEveryLanguageAndAMissingOneIsAnErrorAtTheText() throws Exception {
    String base =
        Files.readString(Path.of("src/test/resources/invalid/_base/content/scoring.yaml"));
    Path file =
        Files.writeString(
            tmp.resolve("scoring.yaml"),
            base.replace(
                "{score: 3, meaning: \"Tilfredsstillende.\"}",
                "{score: 3, meaning: {da: \"Tilfredsstillende.\"}}"));
    ScoringRules rules = load(file);
    assertThat(rules.implementation().scale().get(0).meaning().in("en")).isEqualTo("Nyskabende.");
    ScoringTexts.check(rules, Map.of("da", "a"), diagnostics);
    assertThat(diagnostics.all()).isEmpty();

    ScoringTexts.check(rules, Map.of("da", "a", "en", "b"), diagnostics);
    assertThat(diagnostics.all())
        .extracting(
            Diagnostic::code, d -> d.pos().line(), d -> d.pos().column(), Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "E-DATA-003",
                8,
                27,
                "this text has no English version (`en`), but report `b` is in English"));
  }

  @Test
  void aBlankTextInOneLanguageIsAnErrorAsABlankPlainTextIs() throws Exception {
    String base =
        Files.readString(Path.of("src/test/resources/invalid/_base/content/scoring.yaml"));
    Path file =
        Files.writeString(
            tmp.resolve("scoring.yaml"),
            base.replace(
                "{score: 3, meaning: \"Tilfredsstillende.\"}",
                "{score: 3, meaning: {da: \" \", en: \"Satisfactory.\"}}"));
    new ScoringRulesLoader(diagnostics).load(file);
    assertThat(diagnostics.all())
        .extracting(Diagnostic::code, Diagnostic::message)
        .contains(org.assertj.core.groups.Tuple.tuple("E-DATA-003", "`da` of `meaning` is empty"));
  }
}
