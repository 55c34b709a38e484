package dk.evalsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dk.evalsite.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Text nodes are written by evalsite's own renderer (a shortcut for plain text): the HTML must be
 * exactly flexmark's, for plain text and for text with escapes, entities and stray carriage
 * returns.
 */
class PlainTextRenderingTest {
  private static final List<String> SAMPLES =
      List.of(
          "Plain text, with æøå, “quotes”, — dashes and 😀.\n",
          "Escapes: \\*not emphasis\\*, a \\\\ backslash, \\[brackets\\].\n",
          "Entities: &amp; &copy; &#35; &#x22; &nosuch; and a bare & sign.\n",
          "HTML-ish text: 1 < 2 > 0 \"quoted\" 'single'.\n",
          "A lone\rcarriage return, and one at the end\r",
          "*em* **strong** ~~struck~~ `code & <b>` [link text](https://example.org/?a=1&b=2)\n",
          "Hard  \nbreak and soft\nbreak.\n",
          "| a & b | c \\| d |\n|---|---|\n| 1 < 2 | æ\\*ø |\n",
          "- item one\n- item *two* &amp; more\n\n> quoted \\_text\\_\n",
          "NUL \u0000 char and tab\tchar.\n");

  @Test
  void writesTextExactlyAsFlexmarkDoes() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(TablesExtension.CLASS_NAME, "md-table");
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    Parser parser = Parser.builder(options).build();
    HtmlRenderer flexmark = HtmlRenderer.builder(options).build();
    MarkdownRenderer evalsite = new MarkdownRenderer();
    for (String markdown : SAMPLES) {
      MarkdownDocument doc = evalsite.render(Path.of("page.md"), markdown, 0, new Diagnostics());
      String html =
          doc.segments().stream()
              .map(s -> ((MarkdownDocument.Html) s).html())
              .collect(Collectors.joining());
      assertThat(html).as(markdown).isEqualTo(flexmark.render(parser.parse(markdown + "\n")));
    }
  }
}
