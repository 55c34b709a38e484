package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.config.Light;
import dk.evalsite.render.Facets.Facet;
import dk.evalsite.render.Facets.Group;
import dk.evalsite.scoring.ReportSummary;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grouping reports by facet value, and the values' folder names. */
class FacetsTest {

  static ReportSummary report(
      String slug, String fund, List<String> regions, Integer year, Light attainment) {
    return new ReportSummary(
        slug,
        "Titel " + slug,
        EvaluationKind.FINAL,
        "da",
        "Holder " + slug,
        false,
        new BigDecimal("3.3"),
        Light.YELLOW,
        84,
        attainment,
        null,
        null,
        null,
        false,
        fund,
        null,
        regions,
        year,
        null);
  }

  private static Group value(Map<Facet, List<Group>> groups, Facet facet, String key) {
    return groups.get(facet).stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
  }

  private static List<String> slugs(Group group) {
    return group.reports().stream().map(ReportSummary::slug).toList();
  }

  @Test
  void aReportWithSeveralRegionsCountsInEachOnceAndEachRegionCountsItsOwn() {
    var groups =
        Facets.group(
            List.of(
                report("a", "ESF", List.of("Region Sjælland", "Øvrige regioner"), 2021, null),
                report("b", "ESF", List.of("Region Sjælland"), 2022, null),
                report("c", "ESF", List.of("Øvrige regioner", "Øvrige regioner"), 2022, null)));

    assertThat(groups.get(Facet.REGION))
        .extracting(Group::key)
        .containsExactly("Region Sjælland", "Øvrige regioner");
    assertThat(slugs(value(groups, Facet.REGION, "Region Sjælland"))).containsExactly("a", "b");
    assertThat(slugs(value(groups, Facet.REGION, "Øvrige regioner"))).containsExactly("a", "c");
    assertThat(slugs(value(groups, Facet.FUND, "ESF"))).containsExactly("a", "b", "c");
  }

  @Test
  void reportsWithoutADateAreUndatedNeverGivenAYearAndComeLast() {
    var groups =
        Facets.group(
            List.of(
                report("a", null, List.of(), null, null),
                report("b", null, List.of(), 2019, null),
                report("c", null, List.of(), 2023, null)));

    assertThat(groups.get(Facet.YEAR))
        .extracting(Group::key)
        .containsExactly("2023", "2019", Facets.UNDATED);
    assertThat(slugs(value(groups, Facet.YEAR, Facets.UNDATED))).containsExactly("a");
    assertThat(value(groups, Facet.YEAR, Facets.UNDATED).slug()).isEqualTo("undated");
  }

  @Test
  void aMissingFundIsNoValueAndAMissingLightIsTheNoLightValue() {
    var groups =
        Facets.group(
            List.of(
                report("a", null, List.of(), null, Light.RED),
                report("b", " ", List.of(), null, null),
                report("c", "ESF", List.of(), null, Light.GREEN)));

    assertThat(groups.get(Facet.FUND)).extracting(Group::key).containsExactly("ESF");
    assertThat(groups.get(Facet.ATTAINMENT))
        .extracting(Group::key)
        .containsExactly("green", "red", Facets.NO_LIGHT);
    assertThat(groups.get(Facet.EFFECT)).extracting(Group::key).containsExactly(Facets.NO_LIGHT);
    assertThat(groups.get(Facet.PRIORITY_AXIS)).isEmpty();
  }

  @Test
  void slugsAreAsciiAndTransliterateDanishLetters() {
    String slug = Facets.slug(Facet.REGION, "Øvrige regioner på Ærø og Ålsø");
    assertThat(slug).matches("oevrige-regioner-paa-aeroe-og-aalsoe-[0-9a-f]{6}");
    assertThat(Facets.slug(Facet.FUND, "Fundação Ñandú")).matches("fundacao-nandu-[0-9a-f]{6}");
    assertThat(Facets.slug(Facet.FUND, "()")).matches("value-[0-9a-f]{6}");
    assertThat(Facets.slug(Facet.FUND, "x".repeat(300)).length()).isLessThan(60);
  }

  @Test
  void valuesThatReadAlikeGetTheirOwnFolderAndTheSameValueAlwaysTheSame() {
    List<String> alike = List.of("ESF", "esf", "E.S.F.", "E S F", "Æ", "ae", "AE");
    Set<String> seen = new HashSet<>();
    for (String value : alike) {
      assertThat(seen.add(Facets.slug(Facet.FUND, value))).as(value).isTrue();
    }
    assertThat(Facets.slug(Facet.FUND, "ESF")).isEqualTo(Facets.slug(Facet.FUND, "ESF"));

    var groups =
        Facets.group(alike.stream().map(v -> report("r-" + v, v, List.of(), null, null)).toList());
    assertThat(groups.get(Facet.FUND)).hasSize(alike.size());
    assertThat(groups.get(Facet.FUND).stream().map(Group::slug).distinct()).hasSize(alike.size());
    assertThat(groups.get(Facet.FUND)).allSatisfy(g -> assertThat(g.reports()).hasSize(1));
  }

  @Test
  void fixedValuesAreTheirOwnSlug() {
    assertThat(Facets.slug(Facet.KIND, "midterm")).isEqualTo("midterm");
    assertThat(Facets.slug(Facet.YEAR, "2022")).isEqualTo("2022");
    assertThat(Facets.slug(Facet.EFFECT, "green")).isEqualTo("green");
  }
}
