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
        List.of("main", "figur-1", "a b", "æøå", ""));
  }

  @ParameterizedTest
  @MethodSource("anchors")
  void theIdsOfAPageReadBackExactly(List<String> ids) throws Exception {
    UnitRecord.Output page = new UnitRecord.Output("reports/r/index.html", "1-2", ids);
    String json = JSON.writeValueAsString(page);
    assertThat(JSON.readValue(json, UnitRecord.Output.class)).isEqualTo(page);
    assertThat(json).as("one string, not an array").doesNotContain("[");
  }
}
