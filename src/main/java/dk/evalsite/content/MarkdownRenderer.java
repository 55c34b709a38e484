package dk.evalsite.content;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dk.evalsite.content.MarkdownDocument.FigureRef;
import dk.evalsite.content.MarkdownDocument.Heading;
import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.content.MarkdownDocument.Segment;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown (CommonMark + GFM tables and strikethrough) to HTML. Raw HTML is escaped, never passed
 * through; links to javascript: and data: URLs lose their target. A line holding only {@code
 * {{figure ...}}} becomes a {@link FigureRef} for the theme to draw.
 */
public final class MarkdownRenderer {
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*\\{\\{(.*)}}\\s*$");
  private static final Pattern FIGURE =
      Pattern.compile("(figure|chart)\\s+([a-z][a-z-]*)((?:\\s+[a-z]+=[A-Za-z0-9_-]+)*)\\s*");
  private static final Pattern ARG = Pattern.compile("([a-z]+)=([A-Za-z0-9_-]+)");
  private static final Pattern UNSAFE_URL =
      Pattern.compile("(?i)^\\s*(javascript|vbscript|data):.*");

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final MutableDataSet options;

  public MarkdownRenderer() {
    options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(TablesExtension.CLASS_NAME, "md-table");
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    parser = Parser.builder(options).build();
    renderer =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public AttributeProvider apply(LinkResolverContext context) {
                    return MarkdownRenderer::decorate;
                  }
                })
            .build();
  }

  /**
   * Renders {@code body}, which starts at 0-based line {@code firstLine} of {@code file}. Problems
   * with directives go to {@code diagnostics}.
   */
  public MarkdownDocument render(Path file, String body, int firstLine, Diagnostics diagnostics) {
    Output out = new Output(file, diagnostics);
    out.definitions = definitions(body);
    StringBuilder chunk = new StringBuilder();
    String[] lines = body.replace("\r\n", "\n").split("\n", -1);
    boolean inFence = false;
    int chunkLine = firstLine;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
        inFence = !inFence;
      }
      Matcher directive = inFence ? null : DIRECTIVE.matcher(line);
      if (directive != null && directive.matches()) {
        flush(chunk, chunkLine, out);
        SourcePos pos = new SourcePos(file, firstLine + i + 1, line.indexOf("{{") + 1);
        FigureRef ref = parseDirective(directive.group(1).trim(), pos, diagnostics);
        if (ref != null) {
          out.segments.add(ref);
        }
        chunkLine = firstLine + i + 1;
        continue;
      }
      chunk.append(line).append('\n');
    }
    flush(chunk, chunkLine, out);
    return new MarkdownDocument(
        file, List.copyOf(out.segments), List.copyOf(out.headings), List.copyOf(out.links));
  }

  /** What rendering one document collects, and where its problems go. */
  private static final class Output {
    final Path file;
    final Diagnostics diagnostics;
    final List<Segment> segments = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    final List<LinkRef> links = new ArrayList<>();
    final Set<String> usedIds = new HashSet<>();

    /** The document's link reference definitions, for every chunk (see {@link #definitions}). */
    String definitions = "";

    Output(Path file, Diagnostics diagnostics) {
      this.file = file;
      this.diagnostics = diagnostics;
    }
  }

  private FigureRef parseDirective(String inner, SourcePos pos, Diagnostics diagnostics) {
    Matcher m = FIGURE.matcher(inner);
    if (!m.matches()) {
      diagnostics.error(
          "E-MD-001",
          pos,
          "cannot read the directive `{{" + inner + "}}`",
          "Write `{{figure NAME}}`, `{{figure NAME key=value}}` or `{{chart NAME key=value}}`, e.g. "
              + "`{{figure output region=ovrige}}`.");
      return null;
    }
    Map<String, String> args = new LinkedHashMap<>();
    Matcher a = ARG.matcher(m.group(3));
    while (a.find()) {
      if (args.put(a.group(1), a.group(2)) != null) {
        diagnostics.error(
            "E-MD-001",
            pos,
            "the directive names `" + a.group(1) + "` twice",
            "Give each argument once.");
      }
    }
    return new FigureRef(m.group(2), Map.copyOf(args), pos, m.group(1).equals("chart"));
  }

  /**
   * The link reference definitions ({@code [label]: url}) of a document that directives split into
   * chunks, as written: a reference used in one chunk may be defined in another, so each chunk gets
   * them all, after its own text (where they change no position and show nothing). flexmark finds
   * them, multi-line ones included; only such documents pay for the extra parse.
   */
  private String definitions(String body) {
    if (!body.contains("{{") || !body.contains("]:")) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Reference reference : Parser.REFERENCES.get(parser.parse(body)).values()) {
      out.append('\n').append(reference.getChars()).append('\n');
    }
    return out.toString();
  }

  /** Renders the Markdown in {@code chunk}, whose first line is 0-based line {@code line}. */
  private void flush(StringBuilder chunk, int line, Output out) {
    if (chunk.toString().isBlank()) {
      chunk.setLength(0);
      return;
    }
    String text = chunk.toString();
    chunk.setLength(0);
    try {
      Document document = parser.parse(text + out.definitions);
      Map<Node, String> ids = new IdentityHashMap<>();
      inspect(document, text, line, ids, out);
      // The one shared renderer finds this document's heading ids on the document itself.
      document.set(HEADING_IDS, ids);
      out.segments.add(new MarkdownDocument.Html(renderer.render(document)));
    } catch (StackOverflowError e) {
      // flexmark recurses per level of nesting: a line of a thousand '>' exhausts the stack.
      out.diagnostics.error(
          "E-CONTENT-006",
          new SourcePos(out.file, line + 1, 1),
          "the Markdown nests too deeply to render (block quotes or lists inside each other)",
          "Flatten the nesting; a few levels are plenty.");
    }
  }

  /** Heading ids chosen by {@link #collectHeadings}, carried on the document to the renderer. */
  private static final DataKey<Map<Node, String>> HEADING_IDS =
      new DataKey<>("EVALSITE_HEADING_IDS", Map.of());

  private static void decorate(Node node, AttributablePart part, MutableAttributes attributes) {
    Map<Node, String> ids = HEADING_IDS.get(node.getDocument());
    if (node instanceof com.vladsch.flexmark.ast.Heading && ids.containsKey(node)) {
      attributes.replaceValue("id", ids.get(node));
    }
    boolean link = node instanceof Link || node instanceof com.vladsch.flexmark.ast.LinkRef;
    boolean image = node instanceof Image || node instanceof ImageRef;
    if (link && UNSAFE_URL.matcher(attributes.getValue("href")).matches()) {
      attributes.remove("href");
    }
    if (image && UNSAFE_URL.matcher(attributes.getValue("src")).matches()) {
      attributes.remove("src");
    }
  }

  /**
   * One walk over the document, in document order: gives headings their ids, collects link and
   * image targets, and warns about raw HTML and unsafe link targets.
   */
  private static void inspect(
      Node parent, String text, int line, Map<Node, String> ids, Output out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      visit(node, text, line, ids, out);
      inspect(node, text, line, ids, out);
    }
  }

  private static void visit(Node node, String text, int line, Map<Node, String> ids, Output out) {
    if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
      String title = new TextCollectingVisitor().collectAndGetText(heading).trim();
      String id = uniqueId(slug(title), out.usedIds);
      ids.put(heading, id);
      out.headings.add(new Heading(heading.getLevel(), title, id));
    } else if (node instanceof HtmlBlock
        || node instanceof HtmlInline
        || node instanceof HtmlCommentBlock
        || node instanceof HtmlInlineComment) {
      String html = node.getChars().toString().trim();
      out.diagnostics.warning(
          "W-MD-001",
          position(out.file, text, line, node.getStartOffset()),
          "raw HTML is shown as text, not as markup: "
              + (html.length() > 40 ? html.substring(0, 40) + "…" : html),
          "Write it in Markdown (**bold**, lists, tables); evalsite never passes HTML through.");
    } else if (node instanceof Link
        || node instanceof Image
        || (node instanceof RefNode ref && ref.isDefined())) {
      String url =
          node instanceof Link link
              ? link.getUrl().toString()
              : node instanceof Image img
                  ? img.getUrl().toString()
                  : ((RefNode) node).getReferenceNode(node.getDocument()).getUrl().toString();
      boolean isImage = node instanceof Image || node instanceof ImageRef;
      SourcePos pos = position(out.file, text, line, node.getStartOffset());
      if (UNSAFE_URL.matcher(url).matches()) {
        out.diagnostics.warning(
            "W-MD-002",
            pos,
            "the link target `"
                + (url.length() > 40 ? url.substring(0, 40) + "…" : url)
                + "` is dropped: javascript:, vbscript: and data: addresses are never published",
            "Link to a web address (https://...) or to a page of the site.");
      } else {
        out.links.add(new LinkRef(isImage, url, pos));
      }
    }
  }

  /**
   * The file position of {@code offset} in {@code text}, which starts at 0-based line {@code line}.
   */
  private static SourcePos position(Path file, String text, int line, int offset) {
    int lines = 0;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(file, line + lines + 1, offset - lineStart + 1);
  }

  /**
   * A readable, ASCII anchor: "Målopnåelse i forhold til output" →
   * "maalopnaaelse-i-forhold-til-output".
   */
  public static String slug(String text) {
    String lower =
        text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "afsnit" : slug;
  }

  private static String uniqueId(String base, Set<String> used) {
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
