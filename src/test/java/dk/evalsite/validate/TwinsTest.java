package dk.evalsite.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.config.Translation;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which reports are translations of each other, and every way of naming one wrongly. */
class TwinsTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private static Twins.Member member(String id, String language, String translation) {
    return new Twins.Member(
        id,
        language,
        translation == null ? null : new Translation(translation, id + "/report.yaml", 4, 14));
  }

  private Map<String, String> resolve(Twins.Member... members) {
    List<String> known = java.util.Arrays.stream(members).map(Twins.Member::id).toList();
    return Twins.resolve("report", List.of(members), known, diagnostics);
  }

  private List<String> codes() {
    return diagnostics.sorted().stream().map(Diagnostic::code).toList();
  }

  @Test
  void twoReportsThatNameEachOtherAreTwinsBothWays() {
    assertThat(resolve(member("a", "da", "b"), member("b", "en", "a"), member("c", "da", null)))
        .isEqualTo(Map.of("a", "b", "b", "a"));
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void namingTheTwinInOneOfTheTwoIsEnough() {
    assertThat(resolve(member("a", "da", null), member("b", "en", "a")))
        .isEqualTo(Map.of("a", "b", "b", "a"));
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void aTranslationThatIsNoReportIsAnErrorAtItsLineWithASuggestion() {
    assertThat(
            resolve(
                member("social-inklusion", "da", "social-inclusio"),
                member("social-inclusion", "en", null)))
        .isEmpty();
    Diagnostic d = diagnostics.sorted().get(0);
    assertThat(d.code()).isEqualTo("E-TWIN-001");
    assertThat(d.pos().line()).isEqualTo(4);
    assertThat(d.pos().column()).isEqualTo(14);
    assertThat(d.hint()).isEqualTo("Did you mean `social-inclusion`?");
  }

  @Test
  void twinsInTheSameLanguageAreAnError() {
    assertThat(resolve(member("a", "da", "b"), member("b", "da", null))).isEmpty();
    assertThat(codes()).containsExactly("E-TWIN-002");
    assertThat(diagnostics.all().get(0).message()).contains("both in Danish");
  }

  @Test
  void aTwinThatNamesAnotherReportIsAnError() {
    assertThat(resolve(member("a", "da", "b"), member("b", "en", "c"), member("c", "da", null)))
        .isEqualTo(Map.of("b", "c", "c", "b"));
    assertThat(codes()).containsExactly("E-TWIN-003");
    assertThat(diagnostics.all().get(0).message())
        .isEqualTo("`b` names `c` as its translation, not this report (`a`)");
  }

  @Test
  void twoReportsNamingTheSameTwinIsAnError() {
    assertThat(resolve(member("a", "da", "b"), member("b", "en", null), member("c", "da", "b")))
        .isEqualTo(Map.of("a", "b", "b", "a"));
    assertThat(codes()).containsExactly("E-TWIN-003");
    assertThat(diagnostics.all().get(0).message()).contains("already the translation of `a`");
  }

  @Test
  void aReportNamingItselfIsAnError() {
    assertThat(resolve(member("a", "da", "a"))).isEmpty();
    assertThat(codes()).containsExactly("E-TWIN-003");
  }

  @Test
  void aTwinThatIsADraftLeftOutIsSimplyNotLinked() {
    Map<String, String> twins =
        Twins.resolve("report", List.of(member("a", "da", "b")), List.of("a", "b"), diagnostics);
    assertThat(twins).isEmpty();
    assertThat(diagnostics.all()).isEmpty();
  }
}
