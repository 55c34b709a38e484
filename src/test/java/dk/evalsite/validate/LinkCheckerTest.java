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

  /** The oracle for the byte scanner: the regular expression it replaced. */
  private static List<String> byRegex(String html) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
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
  void normalizesDotsAndRefusesToClimbAboveTheRoot() {
    assertThat(LinkChecker.normalize("reports/r/../../om.html")).isEqualTo("om.html");
    assertThat(LinkChecker.normalize("a/./b//c.html")).isEqualTo("a/b/c.html");
    assertThat(LinkChecker.normalize("reports/r/")).isEqualTo("reports/r/");
    assertThat(LinkChecker.normalize("../etc/passwd")).isNull();
    assertThat(LinkChecker.relative("reports/r/status.html", "om.html")).isEqualTo("../../om.html");
  }

  @Test
  void eachProblemIsReportedOnce() {
    check("om.html", "nope.html");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("E-MD-003");
  }

  @Test
  void findsTheSameIdsInBytesAsInText() throws Exception {
    String tricky =
        "<p id=\"a\"><b\tid=\"æøå-1\"></b><i data-id=\"no\" xid=\"no\"\nid=\"b\"></i>"
            + "<s id=\"\"></s><u id=\"unterminated";
    assertThat(LinkChecker.ids(tricky.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .containsExactly("a", "æøå-1", "b", "")
        .isEqualTo(byRegex(tricky));
    try (var walk = java.nio.file.Files.walk(Path.of("src/test/golden/site"))) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        byte[] bytes = java.nio.file.Files.readAllBytes(page);
        assertThat(LinkChecker.ids(bytes))
            .as(page.toString())
            .isNotEmpty()
            .isEqualTo(byRegex(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
  }
}
