package dk.evalsite.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.data.Report.ProjectRef;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectChecksTest {
  final Diagnostics diagnostics = new Diagnostics();

  static ProjectChecks.Member member(
      String slug, EvaluationKind kind, String language, String project) {
    return new ProjectChecks.Member(
        slug,
        kind,
        language,
        project == null
            ? null
            : ProjectRef.of(
                project, new SourcePos(Path.of("reports/" + slug + "/report.yaml"), 3, 10)));
  }

  List<String> problems() {
    return diagnostics.sorted().stream()
        .map(d -> d.code() + " " + d.pos().file() + ": " + d.message())
        .toList();
  }

  @Test
  void aMidtermAndAFinalWithTheirTranslationsAreOneProject() {
    ProjectChecks.check(
        List.of(
            member("m-da", EvaluationKind.MIDTERM, "da", "p"),
            member("m-en", EvaluationKind.MIDTERM, "en", "p"),
            member("f-da", EvaluationKind.FINAL, "da", "p"),
            member("f-en", EvaluationKind.FINAL, "en", "p"),
            member("other", EvaluationKind.FINAL, "da", null)),
        Map.of("m-da", "m-en", "m-en", "m-da", "f-da", "f-en", "f-en", "f-da"),
        diagnostics);
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void twoFinalsInOneLanguageAreAnErrorAtTheSecond() {
    ProjectChecks.check(
        List.of(
            member("b", EvaluationKind.FINAL, "da", "p"),
            member("a", EvaluationKind.FINAL, "da", "p"),
            member("c", EvaluationKind.MIDTERM, "da", "p")),
        Map.of(),
        diagnostics);
    assertThat(problems())
        .containsExactly(
            "E-PROJECT-002 reports/b/report.yaml: project `p` has two final evaluations in"
                + " Danish: `a` and `b`");
  }

  @Test
  void twoMidtermsInOneLanguageToo() {
    ProjectChecks.check(
        List.of(
            member("a", EvaluationKind.MIDTERM, "en", "p"),
            member("b", EvaluationKind.MIDTERM, "en", "p")),
        Map.of(),
        diagnostics);
    assertThat(problems())
        .containsExactly(
            "E-PROJECT-002 reports/b/report.yaml: project `p` has two midterm evaluations in"
                + " English: `a` and `b`");
  }

  @Test
  void translationsNamingDifferentProjectsOrOnlyOneAreAnError() {
    ProjectChecks.check(
        List.of(
            member("a", EvaluationKind.FINAL, "da", "p"),
            member("b", EvaluationKind.FINAL, "en", "q"),
            member("c", EvaluationKind.MIDTERM, "da", null),
            member("d", EvaluationKind.MIDTERM, "en", "p")),
        Map.of("a", "b", "b", "a", "c", "d", "d", "c"),
        diagnostics);
    assertThat(problems())
        .containsExactly(
            "E-PROJECT-003 reports/a/report.yaml: this report names project `p`, but its"
                + " translation `b` names `q`",
            "E-PROJECT-003 reports/d/report.yaml: this report names project `p`, but its"
                + " translation `c` names no project");
    assertThat(diagnostics.all()).allMatch(Diagnostic::isError);
  }
}
