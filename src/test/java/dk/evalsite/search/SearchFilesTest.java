package dk.evalsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFilesTest {
  static SearchDoc doc(int i, String text) {
    return new SearchDoc(
        "p" + i + ".html", "en", "page", "Page " + i, null, text, null, null, null);
  }

  @Test
  void indexShardsHoldAtMostTheirShareOfDocumentsAndTheManifestCountsThem() {
    List<SearchDoc> docs = new ArrayList<>();
    for (int i = 0; i <= SearchFiles.DOCS_PER_SHARD; i++) {
      docs.add(doc(i, "word" + i));
    }
    Map<String, String> files = SearchFiles.of(docs);
    assertThat(files)
        .containsKeys("search/manifest.js", "search/index-0.js", "search/index-1.js")
        .doesNotContainKey("search/index-2.js");
    assertThat(files.get("search/index-0.js"))
        .startsWith(
            "evalsiteSearch.index(0,'{\"documentCount\":" + SearchFiles.DOCS_PER_SHARD + ",");
    assertThat(files.get("search/index-1.js"))
        .startsWith("evalsiteSearch.index(1,'{\"documentCount\":1,");
    assertThat(files.get("search/manifest.js"))
        .isEqualTo(
            "evalsiteSearch.manifest({\"format\":1,\"documents\":"
                + (SearchFiles.DOCS_PER_SHARD + 1)
                + ",\"indexShards\":2,\"textShards\":1});\n");
    assertThat(SearchFiles.of(docs)).as("the same input, the same files").isEqualTo(files);
  }

  @Test
  void textShardsStartAgainWhenTheyWouldGrowPastTheirSize() {
    String half = "x".repeat(SearchFiles.TEXT_BYTES / 2);
    Map<String, String> files =
        SearchFiles.of(List.of(doc(0, half), doc(1, half), doc(2, "y"), doc(3, half)));
    assertThat(files.get("search/text-0.js")).contains("p0.html").contains("p1.html");
    assertThat(files.get("search/text-1.js")).contains("p2.html").contains("p3.html");
    // each document's stored fields name the text shard its text is in
    assertThat(files.get("search/index-0.js"))
        .contains("\"2\":{\"title\":\"Page 2\",\"kind\":\"page\",\"lang\":\"en\",\"shard\":1}");
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
    assertThat(unescape(inner)).isEqualTo(text);
  }

  /** JavaScript's reading of the escapes jsString writes. */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'x' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
