package dk.evalsite.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchFilesTest {
  static SearchDoc doc(int i, String text) {
    return new SearchDoc(
        "p" + i + ".html", "en", "page", "Page " + i, null, text, null, null, null);
  }

  /** {@code units} units of {@code perUnit} documents each; unit {@code changed} says "changed". */
  static List<SearchPart> units(int units, int perUnit, int changed) {
    List<SearchPart> parts = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      List<SearchDoc> docs = new ArrayList<>();
      for (int i = 0; i < perUnit; i++) {
        docs.add(doc(u * perUnit + i, u == changed ? "changed" : "word" + i));
      }
      parts.add(SearchPart.of("reports/r" + u, docs));
    }
    return parts;
  }

  static int documents(SearchFiles.Shard shard) {
    return shard.parts().stream().mapToInt(p -> p.documents()).sum();
  }

  @Test
  void oneShardPerTwoThousandDocumentsAndTheManifestNamesThemAll() {
    List<SearchPart> parts = units(400, 10, -1); // 4,000 documents: two shards
    List<SearchFiles.Shard> shards = SearchFiles.shards(parts);
    assertThat(shards).hasSize(2);
    assertThat(shards.stream().mapToInt(SearchFilesTest::documents).sum()).isEqualTo(4000);
    // a unit's documents stay together, and each shard is near its share
    assertThat(shards).allSatisfy(s -> assertThat(documents(s)).isBetween(1600, 2400));
    assertThat(shards.get(0).path()).matches("search/index-[0-9a-f]{16}\\.js");
    assertThat(shards.get(0).script())
        .startsWith("evalsiteSearch.index('{\"documentCount\":" + documents(shards.get(0)) + ",");
    assertThat(SearchFiles.manifest(shards))
        .isEqualTo(
            "evalsiteSearch.manifest({\"format\":2,\"documents\":4000,\"index\":[\""
                + shards.get(0).path()
                + "\",\""
                + shards.get(1).path()
                + "\"]});\n");
    assertThat(SearchFiles.shards(parts)).as("the same input, the same shards").isEqualTo(shards);
  }

  @Test
  void aChangedUnitRenamesOnlyItsOwnShard() {
    List<SearchFiles.Shard> before = SearchFiles.shards(units(600, 10, -1));
    List<SearchFiles.Shard> after = SearchFiles.shards(units(600, 10, 7));
    assertThat(after).hasSize(before.size()).hasSize(3);
    int renamed = 0;
    for (int i = 0; i < before.size(); i++) {
      boolean holdsChanged =
          after.get(i).parts().stream().anyMatch(p -> p.key().equals("reports/r7"));
      assertThat(after.get(i).path().equals(before.get(i).path())).isEqualTo(!holdsChanged);
      renamed += holdsChanged ? 1 : 0;
    }
    assertThat(renamed).isEqualTo(1);
  }

  @Test
  void aUnitsTextsAreItsOwnFileAndItsDocumentsNameIt() {
    List<SearchDoc> docs = List.of(doc(0, "first text"), doc(1, "it's <b>"));
    SearchPart part = SearchPart.of("pages/about/us", docs);
    assertThat(SearchPart.path("pages/about/us")).isEqualTo("search/text/pages/about/us.js");
    assertThat(SearchPart.script("pages/about/us", docs))
        .isEqualTo(
            "evalsiteSearch.text('pages/about/us',"
                + "'{\"p0.html\":\"first text\",\"p1.html\":\"it\\'s \\x3cb>\"}',"
                + "'[[\"p0.html\",\"en\",\"page\",\"Page 0\",null,null,null,null],"
                + "[\"p1.html\",\"en\",\"page\",\"Page 1\",null,null,null,null]]'"
                + ");\n");
    assertThat(MiniSearchIndex.stored(part.docs().get(1), part.key()))
        .containsEntry("texts", "pages/about/us");
    assertThat(part.terms().get(1).text()).isEqualTo("b 1 it 1 s 1");
    assertThat(SearchPart.of("pages/about/us", docs).digest()).isEqualTo(part.digest());
    assertThat(SearchPart.of("pages/about/us", List.of(doc(0, "first text"))).digest())
        .isNotEqualTo(part.digest());
  }

  @Test
  void thePartReadBackFromTheBuildCacheHasNoTermsAndGetsThemAgainFromItsTextsFile()
      throws Exception {
    List<SearchDoc> docs =
        List.of(
            doc(0, "Partnerskaber skaber job"),
            new SearchDoc(
                "p1.html#goal-x", "da", "goal", "B3 it's", "R", "Region", "58 %", "red", "Rød"));
    SearchPart made = SearchPart.of("reports/r", docs);
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    SearchPart cached = json.readValue(json.writeValueAsString(made), SearchPart.class);
    assertThat(made.hasTerms()).isTrue();
    assertThat(cached.hasTerms()).as("terms are left out of the cache").isFalse();
    assertThat(json.writeValueAsString(made))
        .as("the cache keeps the key, digest and count only")
        .isEqualTo("{\"key\":\"reports/r\",\"digest\":\"" + made.digest() + "\",\"documents\":2}");
    SearchPart again = cached.again(SearchPart.script("reports/r", docs));
    assertThat(again).isEqualTo(made);
    // a texts file of other contents is refused, never indexed as this unit
    assertThatThrownBy(() -> cached.again(SearchPart.script("reports/r", docs.subList(0, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("search/text/reports/r.js");
    assertThat(MiniSearchIndex.json(List.of(again))).isEqualTo(MiniSearchIndex.json(List.of(made)));
  }

  @Test
  void aStringLiteralReadsBackAsItsTextWhateverTheTextHolds() {
    String text = "it's \\ \"q\" \n\r\u2028\u2029 </script> æøå 🙂";
    String literal = SearchFiles.jsString(text);
    assertThat(literal).startsWith("'").endsWith("'");
    String inner = literal.substring(1, literal.length() - 1);
    assertThat(inner)
        .doesNotContain("\n", "\r", "\u2028", "\u2029", "<")
        .doesNotContainPattern("[^\\\\]'");
    // read back as the build reads a kept unit's texts file (the browser tests read them in JS)
    int[] at = {0};
    assertThat(SearchFiles.readJsString(literal + ",", at)).isEqualTo(text);
    assertThat(at[0]).isEqualTo(literal.length());
  }
}
