package dk.evalsite.data;

import static dk.evalsite.data.YamlText.at;
import static dk.evalsite.data.YamlText.codesAt;
import static dk.evalsite.data.YamlText.lineCol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.data.Report.Goal;
import dk.evalsite.data.Report.Region;
import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLoaderTest {
  static final String SMALL =
      """
      title: Prøve
      kind: midterm
      facts:
        grant_holder: Fonden
        grant_period: {from: 2019-03-01, to: 2021-02-28}
        municipalities: 4
      budget_unit: mio. DKK
      regions:
        - id: syd
          name: Region Syd
          budget: {total: 12.5, spent: 3}
          months: {planned: 24, used: 12}
          activity_goals:
            - {id: A1, label: "Kurser", target: 10, status: 12}
            - id: A2
              label: Møder
              target: 4
              status: "-"
          output_goals:
            - {id: B1, label: "Deltagere", target: 20, status: 0, published_percent: 0}
          effect_goals:
            - {id: C1, label: "I job", target_during: 5, target_after: 7.5, status: 6, published_percent: +100}
        - id: nord
          name: Region Nord
          activity_goals:
            - {id: A1, label: "Kurser", target: 3, status: 1}
      implementation:
        reconstructed: true
        published_mean: 3.25
        parameters:
          - {id: organisation, score: 4, finding: "God."}
      attainment:
        published_percent: 84
      effect:
        light: yellow
        justification: Delvist.
      survey:
        sent: 10
        answered: 8
        sections:
          - id: udbytte
            items:
              - {text: "ny viden", top2: 5}
              - {text: "nye kontakter", distribution: [1, 0, 2, 3, 2]}
      effect_chain:
        activities: [Kurser]
        outputs: [Deltagere]
        effects: [Job]
      learning_points:
        - {title: Start tidligt, text: Før kurserne.}
      """;

  @TempDir Path tmp;
  final Diagnostics diagnostics = new Diagnostics();

  Optional<Report> load(String yaml) throws IOException {
    Path file = tmp.resolve("report.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return new ReportLoader(diagnostics).load("proeve", file, "en");
  }

  static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void readsEveryFieldAsWrittenAndComputesNothing() throws IOException {
    Report r = load(SMALL).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(r.slug()).isEqualTo("proeve");
    assertThat(r.title()).isEqualTo("Prøve");
    assertThat(r.kind()).isEqualTo(EvaluationKind.MIDTERM);
    assertThat(r.facts().grantHolder()).isEqualTo("Fonden");
    assertThat(r.facts().grantFrom()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(r.facts().grantTo()).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(r.facts().municipalities()).isEqualTo(4);
    assertThat(r.facts().supportingRegions()).isNull();
    assertThat(r.budgetUnit()).isEqualTo("mio. DKK");
    assertThat(r.regions()).extracting(Region::id).containsExactly("syd", "nord");

    Region syd = r.regions().get(0);
    assertThat(syd.name()).isEqualTo("Region Syd");
    assertThat(syd.budget().planned()).isEqualByComparingTo("12.5");
    assertThat(syd.budget().used()).isEqualByComparingTo("3");
    assertThat(syd.months().planned()).isEqualByComparingTo("24");
    assertThat(syd.months().used()).isEqualByComparingTo("12");
    assertThat(syd.goals(GoalKind.ACTIVITY))
        .extracting(Goal::id, Goal::label, Goal::target, Goal::status)
        .containsExactly(
            tuple("A1", "Kurser", n("10"), n("12")), tuple("A2", "Møder", n("4"), null));
    Goal b1 = syd.goals(GoalKind.OUTPUT).get(0);
    assertThat(b1.status()).isEqualByComparingTo("0");
    assertThat(b1.publishedPercent().printed()).isEqualTo("0");
    Goal c1 = syd.goals(GoalKind.EFFECT).get(0);
    assertThat(c1.target()).isEqualByComparingTo("5");
    assertThat(c1.targetAfter()).isEqualByComparingTo("7.5");
    assertThat(c1.publishedPercent().printed()).isEqualTo("+100");
    Region nord = r.regions().get(1);
    assertThat(nord.budget()).isNull();
    assertThat(nord.goals(GoalKind.OUTPUT)).isEmpty();

    assertThat(r.implementation().reconstructed()).isTrue();
    assertThat(r.implementation().publishedMean()).isEqualByComparingTo("3.25");
    assertThat(r.implementation().parameters())
        .singleElement()
        .satisfies(p -> assertThat(p.id() + " " + p.score()).isEqualTo("organisation 4"));
    assertThat(r.publishedAttainment().printed()).isEqualTo("84");
    assertThat(r.effect().light()).isEqualTo(Light.YELLOW);
    assertThat(r.effect().justification()).isEqualTo("Delvist.");
    assertThat(r.survey().sent()).isEqualTo(10);
    assertThat(r.survey().answered()).isEqualTo(8);
    assertThat(r.survey().sections().get(0).items())
        .extracting(i -> i.text() + " " + i.top2() + "/" + i.n())
        .containsExactly("ny viden 5/8", "nye kontakter 5/8");
    assertThat(r.effectChain().effects()).containsExactly("Job");
    assertThat(r.learningPoints())
        .singleElement()
        .extracting(l -> l.text())
        .isEqualTo("Før kurserne.");
  }

  @Test
  void keepsThePositionOfEveryGoalRow() throws IOException {
    Report r = load(SMALL).orElseThrow();
    Region syd = r.regions().get(0);
    assertThat(lineCol(syd.pos())).isEqualTo(at(SMALL, "id: syd"));
    assertThat(syd.goals(GoalKind.ACTIVITY))
        .extracting(g -> lineCol(g.pos()))
        .containsExactly(at(SMALL, "{id: A1"), at(SMALL, "id: A2"));
    assertThat(lineCol(syd.goals(GoalKind.OUTPUT).get(0).pos())).isEqualTo(at(SMALL, "{id: B1"));
    assertThat(lineCol(syd.goals(GoalKind.EFFECT).get(0).pos())).isEqualTo(at(SMALL, "{id: C1"));
    assertThat(lineCol(r.regions().get(1).goals(GoalKind.ACTIVITY).get(0).pos()))
        .isEqualTo(at(SMALL, "{id: A1", SMALL.indexOf("id: nord")));
    assertThat(lineCol(syd.goals(GoalKind.EFFECT).get(0).publishedPercent().pos()))
        .isEqualTo(at(SMALL, "+100"));
    assertThat(lineCol(r.publishedAttainment().pos())).isEqualTo(at(SMALL, "84"));
    assertThat(lineCol(r.implementation().publishedMeanPos())).isEqualTo(at(SMALL, "3.25"));
    assertThat(r.survey().sections().get(0).items())
        .extracting(i -> lineCol(i.pos()))
        .containsExactly(at(SMALL, "{text: \"ny viden\""), at(SMALL, "{text: \"nye kontakter\""));
  }

  @Test
  void theLanguageDefaultsToTheSitesAndADraftMustSayItIsOne() throws IOException {
    Report r = load(SMALL).orElseThrow();
    assertThat(r.language()).isEqualTo("en");
    assertThat(r.draft()).isFalse();
    Report danishDraft = load("language: da\ndraft: true\n" + SMALL).orElseThrow();
    assertThat(danishDraft.language()).isEqualTo("da");
    assertThat(danishDraft.draft()).isTrue();
  }

  @Test
  void reportsEveryBadValueAtItsPlaceAndLoadsNothing() throws IOException {
    String yaml =
        """
        title: X
        kind: final
        facts:
          grant_period: {from: 2021-01-01, to: 2020-01-01}
          municipalities: -2
        regions:
          - id: Nord
            name: N
            budget: {total: -1, spent: 0}
            activity_goals:
              - {id: A1, label: a, target: 1, status: 1}
              - {id: A1, label: b, target: 1, status: 1, published_percent: 101}
              - {id: a3, label: c, target: 1}
        implementation:
          parameters:
            - {id: organisation, score: 4}
        effect:
          light: yellow
        survey:
          sent: 3
          answered: 4
          sections:
            - id: s
              items:
                - {text: t, top2: 1}
        """;
    assertThat(load(yaml)).isEmpty();
    int secondA1 = yaml.indexOf("{id: A1, label: b");
    assertThat(codesAt(diagnostics)) // in the order of the file
        .containsExactly(
            "E-DATA-004 " + at(yaml, "2020-01-01"),
            "E-DATA-004 " + at(yaml, "-2"),
            "E-DATA-007 " + at(yaml, "Nord"),
            "E-DATA-004 " + at(yaml, "-1"),
            "E-DATA-005 " + at(yaml, "A1", secondA1),
            "E-DATA-007 " + at(yaml, "101"),
            "E-DATA-003 " + at(yaml, "{id: a3"),
            "E-DATA-007 " + at(yaml, "a3"),
            "E-DATA-004 " + at(yaml, "4\n"));
    assertThat(diagnostics.sorted().get(4).message())
        .isEqualTo(
            "goal id `A1` appears twice in the activity goals of region ? (also line "
                + at(yaml, "{id: A1").split(":")[0]
                + ")");
  }

  @Test
  void theExampleReportHoldsTheSourcesPrintedGoalFigures() throws IOException {
    Report r =
        new ReportLoader(diagnostics)
            .load("social-inklusion", Path.of("content/reports/social-inklusion/report.yaml"), "da")
            .orElseThrow();
    Oracle oracle = Oracle.read();
    for (GoalKind kind : GoalKind.values()) {
      List<Map<String, Object>> rows = oracle.list(kind.id() + "_goals");
      assertThat(rows).as(kind + " goals in the oracle").isNotEmpty();
      int rowsInReport = 0;
      for (Region region : r.regions()) {
        rowsInReport += region.goals(kind).size();
      }
      assertThat(rowsInReport).as(kind + " goal rows").isEqualTo(rows.size());
      for (Map<String, Object> row : rows) {
        Region region =
            r.regions().stream()
                .filter(g -> g.name().equals(row.get("region")))
                .findFirst()
                .orElseThrow();
        Goal goal =
            region.goals(kind).stream()
                .filter(g -> g.id().equals(row.get("id")))
                .findFirst()
                .orElseThrow();
        String where = row.get("region") + " " + row.get("id");
        assertThat(goal.label()).as(where).isEqualTo(row.get("label"));
        assertThat(goal.status()).as(where).isEqualByComparingTo(Oracle.number(row.get("status")));
        if (kind == GoalKind.EFFECT) {
          assertThat(goal.target())
              .as(where)
              .isEqualByComparingTo(Oracle.number(row.get("target_during")));
          assertThat(goal.targetAfter())
              .as(where)
              .isEqualByComparingTo(Oracle.number(row.get("target_after")));
        } else {
          assertThat(goal.target())
              .as(where)
              .isEqualByComparingTo(Oracle.number(row.get("target")));
        }
      }
    }
    for (Map<String, Object> row : oracle.list("budget_and_time")) {
      Region region =
          r.regions().stream()
              .filter(g -> g.name().equals(row.get("region")))
              .findFirst()
              .orElseThrow();
      assertThat(region.budget().planned())
          .isEqualByComparingTo(Oracle.number(row.get("budget_mio_dkk")));
      assertThat(region.budget().used()).isEqualByComparingTo(Oracle.number(row.get("spent")));
      assertThat(region.months().planned())
          .isEqualByComparingTo(Oracle.number(row.get("months_planned")));
      assertThat(region.months().used())
          .isEqualByComparingTo(Oracle.number(row.get("months_used")));
    }
    Map<String, Object> survey = oracle.map("survey");
    assertThat(r.survey().sent()).isEqualTo(Integer.parseInt((String) survey.get("sent")));
    assertThat(r.survey().answered()).isEqualTo(Integer.parseInt((String) survey.get("answered")));
    Map<String, Object> facts = oracle.map("facts");
    assertThat(r.facts().grantHolder()).isEqualTo(facts.get("grant_holder"));
    assertThat(r.facts().municipalities())
        .isEqualTo(Integer.parseInt((String) facts.get("municipalities")));
    assertThat(r.facts().supportingRegions())
        .isEqualTo(Integer.parseInt((String) facts.get("regions_supporting")));
  }

  @Test
  void readsTheProjectAndTheFictionalMarkWithTheirPositions() throws IOException {
    String yaml =
        SMALL.replace("kind: midterm\n", "kind: midterm\nproject: groen-2021\nfictional: true\n");
    Report r = load(yaml).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(r.project().id()).isEqualTo("groen-2021");
    assertThat(lineCol(r.project().pos())).isEqualTo(at(yaml, "groen-2021"));
    assertThat(r.fictional()).isTrue();
  }

  @Test
  void withoutProjectOrFictionalAReportIsInNoProjectAndReal() throws IOException {
    Report r = load(SMALL).orElseThrow();
    assertThat(r.project()).isNull();
    assertThat(r.fictional()).isFalse();
  }

  @Test
  void aMalformedProjectIdIsAnErrorAtItsValue() throws IOException {
    String yaml = SMALL.replace("kind: midterm\n", "kind: midterm\nproject: Grøn Omstilling\n");
    assertThat(load(yaml)).isEmpty();
    assertThat(codesAt(diagnostics))
        .containsExactly("E-PROJECT-001 " + at(yaml, "Grøn Omstilling"));
    assertThat(diagnostics.sorted().get(0).hint())
        .contains("lower-case letters, digits and hyphens");
  }

  @Test
  void aProjectIdThatIsNotTextIsAWrongType() throws IOException {
    String yaml = SMALL.replace("kind: midterm\n", "kind: midterm\nproject: [a, b]\n");
    assertThat(load(yaml)).isEmpty();
    assertThat(codesAt(diagnostics)).first().asString().startsWith("E-DATA-002");
  }
}
