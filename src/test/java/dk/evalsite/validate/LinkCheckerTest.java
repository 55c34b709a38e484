package dk.evalsite.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {
  final Diagnostics diagnostics = new Diagnostics();

  private static List<String> ids(String html) {
    return LinkChecker.ids(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The oracle for the byte scanner: jsoup's HTML parser, the ids of its elements in order. */
  private static List<String> byParser(String html) {
    return org.jsoup.Jsoup.parse(html).select("[id]").eachAttr("id");
  }

  List<String> check(String page, String... urls) {
    List<LinkRef> links = new java.util.ArrayList<>();
    for (int i = 0; i < urls.length; i++) {
      links.add(new LinkRef(false, urls[i], new SourcePos(Path.of("x.md"), i + 1, 1)));
    }
    MarkdownDocument doc = new MarkdownDocument(Path.of("x.md"), List.of(), List.of(), links);
    Map<String, List<String>> site = new HashMap<>();
    site.put("index.html", ids("<h1 id=\"top\">x</h1>"));
    site.put("om.html", ids("<h2 id=\"kontakt\">x</h2>"));
    site.put("reports/r/index.html", ids("<p id=\"resume\">"));
    site.put("reports/r/scores.json", List.of());
    site.put("reports/r/status.html", ids("<p>"));
    site.put("reports/r/custom.html", ids("<h2 id='x'>x</h2><p ID = y>"));
    new LinkChecker(diagnostics).check(List.of(new LinkChecker.Source(page, doc)), site);
    return diagnostics.sorted().stream().map(d -> d.code() + " " + d.message()).toList();
  }

  @Test
  void relativeLinksToPagesFilesAndAnchorsThatExistPass() {
    assertThat(
            check(
                "reports/r/status.html",
                "index.html#resume",
                "../../om.html#kontakt",
                "scores.json",
                "./../../index.html",
                "https://example.dk/",
                "mailto:a@b.dk",
                "#"))
        .isEmpty();
  }

  @Test
  void aMissingPageAMissingAnchorAndAClimbOutAreErrors() {
    assertThat(check("om.html", "omm.html", "index.html#bund", "../x.html", "/om.html"))
        .extracting(s -> s.substring(0, 8))
        .containsExactly("E-MD-003", "E-MD-004", "E-MD-003", "E-MD-003");
    assertThat(diagnostics.sorted().get(0).hint()).isEqualTo("Did you mean `om.html`?");
  }

  @Test
  void resolvesDotsAndRefusesToClimbAboveTheRoot() {
    assertThat(LinkChecker.resolve("reports/r/status.html", "../../om.html")).isEqualTo("om.html");
    assertThat(LinkChecker.resolve("om.html", "a/./b//c.html")).isEqualTo("a/b/c.html");
    assertThat(LinkChecker.resolve("index.html", "reports/r/")).isEqualTo("reports/r/");
    assertThat(LinkChecker.resolve("reports/r/status.html", "..")).isEqualTo("reports/");
    assertThat(LinkChecker.resolve("reports/r/status.html", "../..")).isEmpty();
    assertThat(LinkChecker.resolve("index.html", "../etc/passwd")).isNull();
    assertThat(LinkChecker.resolve("reports/r/status.html", "../../../om.html")).isNull();
    assertThat(LinkChecker.resolve("reports/r/status.html", "bilag a/æ 100%.html"))
        .isEqualTo("reports/r/bilag a/æ 100%.html");
    assertThat(LinkChecker.resolve("om.html", "x:y.html")).isEqualTo("x:y.html");
    assertThat(LinkChecker.relative("reports/r/status.html", "om.html")).isEqualTo("../../om.html");
  }

  @Test
  void anchorsWrittenWithSingleQuotesOrNoneAreFound() {
    assertThat(
            check(
                "reports/r/status.html", "custom.html#x", "custom.html#y", "../../om.html#kontakt"))
        .isEmpty();
    assertThat(check("om.html", "reports/r/custom.html#z"))
        .containsExactly("E-MD-004 the page reports/r/custom.html has no anchor `#z`");
  }

  @Test
  void eachProblemIsReportedOnce() {
    check("om.html", "nope.html");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-MD-003");
  }

  @Test
  void findsIdsHoweverHtmlQuotesThem() {
    String html =
        "<p id=\"double\"><p id='single'><p id=bare><p ID=\"upper\"><p Id = 'spaced' >"
            + "<p\nid\n=\nlines><br id=void /><p class=a id=\"after\" hidden>"
            + "<p id='has \"double\" inside'><p id=\"æøå-1\"><p id=\"\"><p id>";
    assertThat(ids(html))
        .containsExactly(
            "double",
            "single",
            "bare",
            "upper",
            "spaced",
            "lines",
            "void",
            "after",
            "has \"double\" inside",
            "æøå-1",
            "",
            "")
        .isEqualTo(byParser(html));
  }

  @Test
  void attributesThatEndInIdAreNotIds() {
    String html =
        "<div data-id=\"no\" grid=no xid='no' aria-describedby=\"no\" valid id=\"yes\"></div>"
            + "<p data-id=no\tid=yes2>";
    assertThat(ids(html)).containsExactly("yes", "yes2").isEqualTo(byParser(html));
  }

  @Test
  void idsInTextCommentsScriptsAndOtherValuesAreNotAnchors() {
    String html =
        "<p>write id=\"no\" in text</p><!-- <p id=\"no\"> --><p title='a id=\"no\"' id=one>"
            + "<script>let s = '<p id=\"no\">';</script><STYLE>p[id=\"no\"]{}</STYLE>"
            + "<textarea><p id=no></textarea><!DOCTYPE html id=no><p id=two id=no>";
    assertThat(ids(html)).containsExactly("one", "two").isEqualTo(byParser(html));
  }

  @Test
  void anIdLeftOpenAtTheEndOfThePageIsNotOne() {
    assertThat(ids("<p id=\"a\"><u id=\"unterminated")).containsExactly("a");
    assertThat(ids("<p id=\"a\"><u id=")).containsExactly("a");
    assertThat(ids("<p id=\"a\"><!-- <u id=b>")).containsExactly("a");
    assertThat(ids("<script><p id=x>")).isEmpty();
    String notTheEnd = "<script>x = '</scripts><p id=no>';</script ><p id=yes>";
    assertThat(ids(notTheEnd)).containsExactly("yes").isEqualTo(byParser(notTheEnd));
  }

  @Test
  void findsTheIdsAnHtmlParserFindsOnEveryPageOfTheExampleSite() throws Exception {
    try (var walk = java.nio.file.Files.walk(Path.of("src/test/golden/site"))) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        byte[] bytes = java.nio.file.Files.readAllBytes(page);
        assertThat(LinkChecker.ids(bytes))
            .as(page.toString())
            .isNotEmpty()
            .isEqualTo(byParser(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
  }
}
