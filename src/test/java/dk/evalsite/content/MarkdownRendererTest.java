package dk.evalsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The raw-HTML policy: HTML is escaped and warned about; script and data links lose their target.
 */
class MarkdownRendererTest {
  static final Path FILE = Path.of("status.md");
  final Diagnostics diagnostics = new Diagnostics();

  String html(MarkdownDocument doc) {
    return doc.segments().stream()
        .filter(s -> s instanceof MarkdownDocument.Html)
        .map(s -> ((MarkdownDocument.Html) s).html())
        .collect(Collectors.joining());
  }

  MarkdownDocument render(String markdown, int firstLine) {
    return new MarkdownRenderer().render(FILE, markdown, firstLine, diagnostics);
  }

  @Test
  void rawHtmlIsEscapedAndWarnedAboutAtItsPosition() {
    String out = html(render("Tekst <b>fed</b>.\n\n<script>alert(1)</script>\n", 0));
    assertThat(out)
        .contains("&lt;b&gt;fed&lt;/b&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script")
        .doesNotContain("<b>");
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::code, Diagnostic::pos)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("W-MD-001", new SourcePos(FILE, 1, 7)),
            org.assertj.core.groups.Tuple.tuple("W-MD-001", new SourcePos(FILE, 1, 13)),
            org.assertj.core.groups.Tuple.tuple("W-MD-001", new SourcePos(FILE, 3, 1)));
  }

  @Test
  void javascriptVbscriptAndDataTargetsAreDroppedWithAWarning() {
    String out =
        html(
            render(
                "[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](data:text/html,x) [d](vbscript:x)"
                    + " ![e](data:image/png;base64,AAAA) [ok](https://example.dk/)\n",
                0));
    assertThat(out.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("javascript:")
        .doesNotContain("data:")
        .doesNotContain("vbscript:")
        .contains("href=\"https://example.dk/\"");
    assertThat(diagnostics.sorted()).hasSize(5).allMatch(d -> d.code().equals("W-MD-002"));
  }

  @Test
  void linksAreCollectedWithTheirFilePositionsAcrossDirectives() {
    MarkdownDocument doc =
        render(
            "Første [a](a.html).\n\n{{figure factbox}}\n\nEfter ![b](b.png) og\n[c](c.html#x)\n",
            4);
    assertThat(doc.links())
        .containsExactly(
            new LinkRef(false, "a.html", new SourcePos(FILE, 5, 8)),
            new LinkRef(true, "b.png", new SourcePos(FILE, 9, 7)),
            new LinkRef(false, "c.html#x", new SourcePos(FILE, 10, 1)));
  }

  @Test
  void referenceLinksWorkAcrossFiguresAndAreCheckedLikeOthers() {
    MarkdownDocument doc =
        render(
            "Se [metoden][m] og ![logo][l].\n\n{{figure output}}\n\nIgen [metoden][m].\n\n"
                + "[m]: ../../metode.html\n[l]:\n  logo.png\n",
            0);
    assertThat(html(doc))
        .contains("<a href=\"../../metode.html\">metoden</a> og <img src=\"logo.png\" alt=\"logo\"")
        .contains("Igen <a href=\"../../metode.html\">metoden</a>")
        .doesNotContain("[m]");
    assertThat(doc.links())
        .extracting(LinkRef::image, LinkRef::url, l -> l.pos().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(false, "../../metode.html", 1),
            org.assertj.core.groups.Tuple.tuple(true, "logo.png", 1),
            org.assertj.core.groups.Tuple.tuple(false, "../../metode.html", 5));
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void unsafeReferenceTargetsAreDroppedWithAWarning() {
    String out =
        html(render("[klik][x] ![b][y]\n\n[x]: javascript:alert(1)\n[y]: data:image/png,x\n", 0));
    assertThat(out).doesNotContain("javascript:").doesNotContain("data:");
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::code)
        .containsExactly("W-MD-002", "W-MD-002");
  }

  @Test
  void aDefinitionRightAfterADirectiveServesTheWholeDocumentAndTheFirstOneWins() {
    MarkdownDocument doc =
        render(
            "Se [metoden][m] og [d].\n{{figure output}}\n[m]: https://e.dk/m\n[d]: https://e.dk/1\n\n"
                + "Igen [d].\n\n{{figure output}}\n\n[d]: https://e.dk/2\n",
            0);
    assertThat(html(doc))
        .contains("<a href=\"https://e.dk/m\">metoden</a>")
        .doesNotContain("e.dk/2")
        .doesNotContain("[d]");
    assertThat(doc.links())
        .extracting(LinkRef::url)
        .containsExactly("https://e.dk/m", "https://e.dk/1", "https://e.dk/1");
  }

  @Test
  void definitionsNeverShowInAnotherChunksOpenBlock() {
    MarkdownDocument doc =
        render("<!--\n{{figure output}}\n-->\n[y]: https://e.dk/y\n\nSe [y].\n", 0);
    assertThat(html(doc)).doesNotContain("[y]:").contains("<a href=\"https://e.dk/y\">y</a>");
  }

  @Test
  void aDirectiveInsideALongerFenceIsShownAsCode() {
    MarkdownDocument doc =
        render("````\n```\n{{figure output}}\n```\n````\n\n~~~\n```\n{{chart output}}\n~~~\n", 0);
    assertThat(doc.segments()).noneMatch(s -> s instanceof MarkdownDocument.FigureRef);
    assertThat(html(doc)).contains("{{figure output}}").contains("{{chart output}}");
  }
}
