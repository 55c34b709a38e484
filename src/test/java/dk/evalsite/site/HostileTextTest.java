package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.evalsite.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus site with HTML and {@code <script>} in every text field (and raw HTML and script links
 * in Markdown), built without --strict: the warnings let it through, and every text must come out
 * as text in the HTML and the JSON, never as markup.
 */
class HostileTextTest {
  static final Path CORPUS = Path.of("src/test/resources/invalid");
  static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir Path tmp;
  final Map<String, String> site = new TreeMap<>();
  final Diagnostics diagnostics = new Diagnostics(500);

  @BeforeEach
  void build() throws Exception {
    Path content = tmp.resolve("content");
    ExampleSite.copyTree(CORPUS.resolve("_base/content"), content);
    Path overlay = CORPUS.resolve("html-in-every-text-field/content");
    try (var walk = Files.walk(overlay)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.copy(
            p,
            content.resolve(overlay.relativize(p).toString()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(
        content.resolve("reports/demo/status.md"),
        "Status <b>fed</b>.\n\n<script>alert(2)</script>\n\n"
            + "[klik](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) "
            + "[vb](VBScript:msgbox) ![x](javascript:alert(4))\n",
        StandardCharsets.UTF_8);
    var files = new SiteBuilder(diagnostics, false).render(content);
    assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
    assertThat(diagnostics.warningCount()).isGreaterThanOrEqualTo(20);
    for (OutputFile f : files.orElseThrow()) {
      site.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void noPageGetsAScriptAnEventHandlerOrMarkupFromTheContent() {
    for (var page : site.entrySet()) {
      if (!page.getKey().endsWith(".html")) {
        continue;
      }
      Document doc = Jsoup.parse(page.getValue());
      // The one script a page may carry is the theme's own search (assets/search.js).
      assertThat(
              doc.select(
                  "script:not([src$=assets/search.js]), iframe, svg[onload], img[onerror], u,"
                      + " i:containsOwn(Demo)"))
          .as(page.getKey())
          .isEmpty();
      for (Element e : doc.getAllElements()) {
        e.attributes()
            .forEach(
                a ->
                    assertThat(a.getKey())
                        .as(page.getKey() + " " + e.tagName())
                        .doesNotStartWith("on"));
      }
      assertThat(page.getValue()).as(page.getKey()).doesNotContain(SCRIPT);
    }
  }

  @Test
  void everyTextFieldIsShownAsTheTextItIs() {
    String all = String.join("\n", textOf("index.html"), textOf("om.html"));
    for (String page :
        List.of("index", "facts", "implementation", "progress", "effects", "learning", "status")) {
      String path =
          page.equals("index") ? "reports/demo/index.html" : "reports/demo/" + page + ".html";
      all = all + "\n" + textOf(path);
    }
    assertThat(all)
        .contains("Portal " + SCRIPT)
        .contains("Demo " + SCRIPT)
        .contains("<i>Demo</i> A/S")
        .contains("Region <b>Nord</b>")
        .contains("Forløb " + SCRIPT)
        .contains("Deltagere <iframe src=//evil>")
        .contains("God " + SCRIPT)
        .contains("Næsten " + SCRIPT)
        .contains("Nået " + SCRIPT)
        .contains("Aktivitet " + SCRIPT)
        .contains("Læring " + SCRIPT)
        .contains("Tekst <a href=javascript:alert(1)>klik</a>")
        .contains("Om " + SCRIPT)
        .contains("Status <b>fed</b>.")
        .contains("<script>alert(2)</script>");
  }

  @Test
  void scriptAndDataLinksLoseTheirTarget() {
    Document doc = Jsoup.parse(site.get("reports/demo/status.html"));
    for (Element a : doc.select("a, img")) {
      String target = a.hasAttr("href") ? a.attr("href") : a.attr("src");
      assertThat(target.toLowerCase(java.util.Locale.ROOT))
          .doesNotStartWith("javascript:")
          .doesNotStartWith("data:")
          .doesNotStartWith("vbscript:");
    }
    assertThat(doc.text()).contains("klik").contains("data").contains("vb");
    assertThat(doc.select("a:containsOwn(data), a:containsOwn(vb)"))
        .hasSize(2)
        .allMatch(a -> !a.hasAttr("href"));
  }

  @Test
  void scoresJsonKeepsTheTextExactAndHasNoRawAngleBrackets() throws Exception {
    String json = site.get("reports/demo/scores.json");
    assertThat(json).doesNotContain("<").doesNotContain(">").contains("\\u003Cscript\\u003E");
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("title").asText()).isEqualTo("Demo " + SCRIPT);
    assertThat(root.at("/regions/0/name").asText()).isEqualTo("Region <b>Nord</b>");
    assertThat(root.at("/regions/0/activity_goals/0/label").asText()).isEqualTo("Forløb " + SCRIPT);
  }

  private String textOf(String path) {
    assertThat(site).containsKey(path);
    return Jsoup.parse(site.get(path)).text();
  }
}
