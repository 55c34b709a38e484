package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The views of the Danish reference report carry its figures as the source report prints them.
 * Expected values come from oracle/figures.yaml, transcribed from the source independently of the
 * example content and of this code.
 */
class ReportViewsTest {
  static Map<String, Object> oracle;
  static List<PageView> pages;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws IOException {
    try (InputStream in = ReportViewsTest.class.getResourceAsStream("/oracle/figures.yaml")) {
      oracle = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    Diagnostics d = new Diagnostics();
    SiteConfig config = new SiteConfigLoader(d).load(Path.of("content/site.yaml")).orElseThrow();
    ScoringRules rules =
        new ScoringRulesLoader(d).load(Path.of("content/scoring.yaml")).orElseThrow();
    Report report =
        new ReportLoader(d)
            .load(
                "social-inklusion",
                Path.of("content/reports/social-inklusion/report.yaml"),
                config.language())
            .orElseThrow();
    Messages msg = Theme.open(null, List.of("da"), d).orElseThrow().messages("da");
    assertThat(d.hasErrors()).as("%s", d.sorted()).isFalse();
    SiteViews site = new SiteViews(config, List.of(), l -> msg, List.of());
    pages =
        new ReportViews(
                new Scorer(rules).score(report),
                rules,
                Map.of(),
                msg,
                site,
                new ChartRenderer(),
                null)
            .pages();
  }

  /** Spaces as the source prints them: a plain space before %, whatever space the site uses. */
  static String printed(String text) {
    return text == null ? null : text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  static ReportPageView landing() {
    return (ReportPageView) pages.get(0).model();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> oracleMap(String key) {
    return (Map<String, Object>) oracle.get(key);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, String>> oracleRows(String key) {
    return (List<Map<String, String>>) oracle.get(key);
  }

  static List<FigureView> figures() {
    List<FigureView> out = new ArrayList<>();
    for (PageView page : pages) {
      if (page.model() instanceof ChapterPageView chapter) {
        chapter.segments().stream()
            .filter(s -> s.figure() != null)
            .forEach(s -> out.add(s.figure()));
      }
    }
    return out;
  }

  /** The goal row {@code id} of the goals figure of {@code kind} for the named region. */
  static GoalRowView goalRow(String kind, String region, String id) {
    for (FigureView figure : figures()) {
      if (figure.content() instanceof GoalsContent goals
          && goals.goalKind().equals(kind)
          && goals.region().name().equals(region)) {
        return goals.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
      }
    }
    throw new AssertionError("no " + kind + " figure for " + region);
  }

  @Test
  void theReportHasALandingPageEveryChapterAndTheAppendixEachWithItsTemplate() {
    assertThat(pages).extracting(PageView::template).first().isEqualTo("report.ftlh");
    assertThat(pages).extracting(PageView::template).last().isEqualTo("appendix.ftlh");
    assertThat(pages.subList(1, pages.size() - 1))
        .extracting(PageView::template)
        .containsOnly("chapter.ftlh");
    assertThat(pages).extracting(PageView::path).doesNotHaveDuplicates();
    assertThat(landing().report().title()).isEqualTo(oracle.get("report"));
  }

  @Test
  void theLandingPageShowsTheThreeVerdictsAsTheSourcePrintsThem() {
    Map<String, Object> verdicts = oracleMap("verdicts");
    @SuppressWarnings("unchecked")
    Map<String, String> implementation = (Map<String, String>) verdicts.get("implementation");
    @SuppressWarnings("unchecked")
    Map<String, String> attainment = (Map<String, String>) verdicts.get("attainment");
    List<VerdictView> shown = landing().verdicts();

    assertThat(shown)
        .extracting(VerdictView::id)
        .containsExactly("implementation", "attainment", "effect");
    assertThat(shown.get(0).figure()).isEqualTo(implementation.get("mean"));
    assertThat(shown.get(0).badge().light()).isEqualTo(implementation.get("light"));
    assertThat(printed(shown.get(1).figure())).isEqualTo(attainment.get("overall"));
    assertThat(shown.get(1).badge().light()).isEqualTo(attainment.get("light"));
    assertThat(shown.get(1).meaning()).isEqualTo(attainment.get("meaning"));
    // The effect light is the evaluator's; its figure is the evidence beside it, counted here
    // from the source's Figur 11 and 12: effect goals at or above target of those collected.
    @SuppressWarnings("unchecked")
    List<Map<String, String>> effectGoals = (List<Map<String, String>>) oracle.get("effect_goals");
    long collected = effectGoals.stream().filter(g -> !"-".equals(g.get("status"))).count();
    long met = effectGoals.stream().filter(g -> g.get("printed").endsWith("100 %")).count();
    assertThat(shown.get(2).figure()).isEqualTo(met + " af " + collected);
    assertThat(shown.get(1).range()).as("final band of 84 %").isEqualTo("81–94 %");
    assertThat(shown.get(0).range()).as("band of 3,3").isEqualTo("2,6–3,4");
  }

  @Test
  void theFactBoxNamesTheGrantHolderCaseOfficerAndGrantPeriodOfTheSource() {
    @SuppressWarnings("unchecked")
    Map<String, String> facts = (Map<String, String>) oracle.get("facts");
    List<String> values = landing().facts().stream().map(FactView::value).toList();

    assertThat(values)
        .contains(
            facts.get("grant_holder"),
            facts.get("case_officer"),
            facts.get("fund"),
            facts.get("municipalities"),
            facts.get("regions_supporting"));
    assertThat(values).contains(facts.get("grant_period"));
  }

  @Test
  void everyOutputGoalRowCarriesTheSourcesTargetStatusAndPrintedAttainment() {
    List<Map<String, String>> goals = oracleRows("output_goals");
    assertThat(goals).isNotEmpty();
    for (Map<String, String> goal : goals) {
      GoalRowView row = goalRow("output", goal.get("region"), goal.get("id"));
      assertThat(row.label()).isEqualTo(goal.get("label"));
      assertThat(row.target()).isEqualTo(goal.get("target"));
      assertThat(row.status()).isEqualTo(goal.get("status"));
      assertThat(printed(row.printed())).as(goal.toString()).isEqualTo(goal.get("printed"));
      assertThat(row.targetAfter()).as("only effect goals have a target after").isNull();
    }
  }

  @Test
  void everyEffectGoalRowCarriesBothTargetsOfTheSource() {
    List<Map<String, String>> goals = oracleRows("effect_goals");
    assertThat(goals).isNotEmpty();
    for (Map<String, String> goal : goals) {
      GoalRowView row = goalRow("effect", goal.get("region"), goal.get("id"));
      assertThat(row.target()).as(goal.toString()).isEqualTo(goal.get("target_during"));
      assertThat(row.targetAfter()).as(goal.toString()).isEqualTo(goal.get("target_after"));
      assertThat(row.status()).as(goal.toString()).isEqualTo(goal.get("status"));
      assertThat(printed(row.printed())).as(goal.toString()).isEqualTo(goal.get("printed"));
    }
  }

  @Test
  void theImplementationFigureListsTheSixParametersWithTheMeanAndItsLight() {
    ImplementationContent implementation =
        figures().stream()
            .map(FigureView::content)
            .filter(ImplementationContent.class::isInstance)
            .map(ImplementationContent.class::cast)
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    List<String> parameters = (List<String>) oracle.get("implementation_parameters");
    @SuppressWarnings("unchecked")
    Map<String, String> verdict = (Map<String, String>) oracleMap("verdicts").get("implementation");

    assertThat(implementation.rows()).extracting(ParameterRowView::name).isEqualTo(parameters);
    assertThat(implementation.mean()).isEqualTo(verdict.get("mean"));
    assertThat(implementation.badge().light()).isEqualTo(verdict.get("light"));
    for (ParameterRowView row : implementation.rows()) {
      assertThat(row.pips()).hasSize(5);
      assertThat(row.pips().stream().filter(on -> on).count())
          .as("one pip per point of %s", row.name())
          .isEqualTo(Long.parseLong(row.score()));
    }
  }

  @Test
  void theSurveyFiguresGiveTheSourcesCountsAndResponseRate() {
    @SuppressWarnings("unchecked")
    Map<String, Object> survey = (Map<String, Object>) oracle.get("survey");
    List<SurveyContent> sections =
        figures().stream()
            .map(FigureView::content)
            .filter(SurveyContent.class::isInstance)
            .map(SurveyContent.class::cast)
            .toList();
    List<String> counts =
        sections.stream().flatMap(s -> s.rows().stream()).map(SurveyRowView::count).toList();
    List<String> expected = new ArrayList<>();
    for (String section : List.of("prerequisites", "expectations")) {
      @SuppressWarnings("unchecked")
      List<Map<String, String>> items = (List<Map<String, String>>) survey.get(section);
      items.forEach(i -> expected.add(i.get("count")));
    }

    assertThat(counts).isEqualTo(expected);
    assertThat(figures().stream().filter(f -> f.content() instanceof SurveyContent))
        .allSatisfy(
            f ->
                assertThat(printed(f.note()))
                    .contains((String) survey.get("answered"), (String) survey.get("sent"))
                    .contains((String) survey.get("response_rate")));
  }

  @Test
  void theFirstChapterHasNoPreviousLinkAndTheLastNoNextAndEachPageMarksItselfCurrent() {
    assertThat(landing().pager().prev()).isNull();
    assertThat(landing().pager().next()).isNotNull();
    AppendixPageView appendix = (AppendixPageView) pages.get(pages.size() - 1).model();
    assertThat(appendix.pager().next()).isNull();
    assertThat(appendix.pager().prev()).isNotNull();
    assertThat(appendix.chapters()).filteredOn(ChapterLinkView::current).hasSize(1);
    assertThat(appendix.chapters().get(appendix.chapters().size() - 1).current()).isTrue();
  }
}
