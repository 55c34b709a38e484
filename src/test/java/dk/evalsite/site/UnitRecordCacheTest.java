package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A page's anchors read back from the build cache exactly as the page had them. */
class UnitRecordCacheTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static List<List<String>> anchors() {
    return List.of(
        List.of(),
        List.of(""),
        List.of("", ""),
        List.of("main"),
        List.of("main", "figur-1", "a b", "æøå", ""),
        List.of("figur-1-caption", "figur-1"),
        List.of("x-main", "main-x", "main"));
  }

  @ParameterizedTest
  @MethodSource("anchors")
  void theIdsOfAPageReadBackExactly(List<String> ids) throws Exception {
    UnitRecord.Output page = new UnitRecord.Output("reports/r/index.html", "1-2", ids);
    String json = JSON.writeValueAsString(page);
    UnitRecord.Output back = JSON.readValue(json, UnitRecord.Output.class);
    assertThat(back).isEqualTo(page);
    assertThat(json).as("one string, not an array").doesNotContain("[");
    for (String id : ids) {
      assertThat(back.ids().contains(id)).as(id).isTrue();
    }
    for (String other : List.of("mai", "ain", "figur", "figur-", "main\u0000figur-1", "x")) {
      assertThat(back.ids().contains(other)).as(other).isEqualTo(ids.contains(other));
    }
  }

  static List<List<List<String>>> goalRows() {
    List<String> withNull = new java.util.ArrayList<>(List.of("r", "da", "A1"));
    withNull.add(null);
    withNull.add("");
    return List.of(
        List.of(),
        List.of(List.of()),
        List.of(List.of(""), List.of("", "")),
        List.of(withNull, List.of("æøå \"58 %\"", "line\nbreak", ";,\t")));
  }

  @ParameterizedTest
  @MethodSource("goalRows")
  void theOpenDataRowsReadBackExactlyAndSumUpAlikeKeptOrNew(List<List<String>> goals)
      throws Exception {
    OpenDataRows rows = new OpenDataRows(List.of("r", "Titel"), goals);
    OpenDataRows back = JSON.readValue(JSON.writeValueAsString(rows), OpenDataRows.class);
    StringBuilder fresh = new StringBuilder();
    StringBuilder kept = new StringBuilder();
    rows.appendGoals(fresh);
    back.appendGoals(kept);
    assertThat(kept.toString()).isEqualTo(fresh.toString());
    assertThat(back.goals()).isEqualTo(goals);
    assertThat(back).isEqualTo(rows);
  }
}
