package dk.evalsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The serialized shape MiniSearch 7.2.0's toJSON writes and loadJSON reads (src/MiniSearch.ts:
 * AsPlainObject, add, addFieldLength, saveStoredFields), worked out by hand for two documents.
 * SearchTest checks the same contract against MiniSearch itself in Chromium.
 */
class MiniSearchIndexTest {
  @Test
  void twoDocumentsAsMiniSearchWouldSerializeThem() {
    SearchDoc page =
        new SearchDoc(
            "a.html", "en", "page", "Jobs and job", null, "Partnerships", null, null, null);
    SearchDoc goal =
        new SearchDoc(
            "b.html#goal-x",
            "da",
            "goal",
            "B3 indtager",
            "R",
            "indtil indtog indtil",
            "58 %",
            "red",
            "Rød");
    String json =
        MiniSearchIndex.json(
            List.of(
                SearchPart.of("pages/a", List.of(page)),
                SearchPart.of("reports/r", List.of(goal))));
    // Field lengths count distinct words (title of a: jobs, and, job = 3); the averages are
    // running ones: title (3 + 2) / 2, text (1 + 2) / 2. Terms are stems, counted per field.
    assertThat(json)
        .isEqualTo(
            "{\"documentCount\":2,\"nextId\":2,"
                + "\"documentIds\":{\"0\":\"a.html\",\"1\":\"b.html#goal-x\"},"
                + "\"fieldIds\":{\"title\":0,\"text\":1},"
                + "\"fieldLength\":{\"0\":[3,1],\"1\":[2,2]},"
                + "\"averageFieldLength\":[2.5,1.5],"
                + "\"storedFields\":{\"0\":{\"title\":\"Jobs and job\",\"kind\":\"page\","
                + "\"lang\":\"en\",\"texts\":\"pages/a\"},"
                + "\"1\":{\"title\":\"B3 indtager\",\"report\":\"R\",\"kind\":\"goal\","
                + "\"lang\":\"da\",\"texts\":\"reports/r\",\"printed\":\"58 %\",\"light\":\"red\","
                + "\"lightWord\":\"Rød\"}},"
                + "\"dirtCount\":0,"
                + "\"index\":[[\"and\",{\"0\":{\"0\":1}}],[\"b3\",{\"0\":{\"1\":1}}],"
                + "[\"indtag\",{\"0\":{\"1\":1}}],[\"indtil\",{\"1\":{\"1\":2}}],"
                + "[\"indtog\",{\"1\":{\"1\":1}}],[\"job\",{\"0\":{\"0\":2}}],"
                + "[\"partnership\",{\"1\":{\"0\":1}}]],"
                + "\"serializationVersion\":2}");
  }

  @Test
  void anEmptyShardIsStillAValidIndex() {
    assertThat(MiniSearchIndex.json(List.of()))
        .isEqualTo(
            "{\"documentCount\":0,\"nextId\":0,\"documentIds\":{},"
                + "\"fieldIds\":{\"title\":0,\"text\":1},\"fieldLength\":{},"
                + "\"averageFieldLength\":[0,0],\"storedFields\":{},\"dirtCount\":0,"
                + "\"index\":[],\"serializationVersion\":2}");
  }

  @Test
  void numbersReadBackToTheSameDouble() {
    assertThat(MiniSearchIndex.number(12.0)).isEqualTo("12");
    assertThat(MiniSearchIndex.number(1.0 / 3)).isEqualTo("0.3333333333333333");
    assertThat(MiniSearchIndex.number(1e-7)).isEqualTo("0.0000001");
    for (double d : new double[] {0.1 + 0.2, 2.0 / 3 * 1000, 123456.789e-3}) {
      assertThat(Double.parseDouble(MiniSearchIndex.number(d))).isEqualTo(d);
    }
  }
}
