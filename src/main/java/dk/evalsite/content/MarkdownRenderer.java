package dk.evalsite.content;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
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
  // slug(): accents, runs of other characters, dashes at either end.
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

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
    // References defined in another chunk are handed over after parsing (see #references).
    options.set(HtmlRenderer.RECHECK_UNDEFINED_REFERENCES, true);
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
            .nodeRendererFactory(options -> new PlainTextRenderer())
            .build();
  }

  /**
   * Renders {@code body}, which starts at 0-based line {@code firstLine} of {@code file}. Problems
   * with directives go to {@code diagnostics}.
   */
  public MarkdownDocument render(Path file, String body, int firstLine, Diagnostics diagnostics) {
    Output out = new Output(file, diagnostics);
    String[] lines = body.replace("\r\n", "\n").split("\n", -1);
    // The inside of each directive line ("figure output region=ovrige"); null for other lines.
    String[] directives = new String[lines.length];
    // Fenced code and directive lines, which the limits below skip.
    boolean[] notText = new boolean[lines.length];
    Fences fences = new Fences();
    for (int i = 0; i < lines.length; i++) {
      notText[i] = fences.inside(lines[i]);
      // Only a line with "{{" can be a directive: most lines are spared the regex.
      if (!notText[i] && lines[i].contains("{{")) {
        Matcher directive = DIRECTIVE.matcher(lines[i]);
        if (directive.matches()) {
          directives[i] = directive.group(1).trim();
          notText[i] = true;
        }
      }
    }
    var tooMuch = MarkdownLimits.check(lines, notText);
    if (tooMuch.isPresent()) {
      MarkdownLimits.Violation v = tooMuch.get();
      diagnostics.error(
          "E-MD-006",
          new SourcePos(file, firstLine + v.line() + 1, v.column()),
          v.message() + ", more than evalsite renders in reasonable time",
          v.hint());
      return new MarkdownDocument(file, List.of(), List.of(), List.of());
    }
    out.references = references(lines, directives);
    StringBuilder chunk = new StringBuilder();
    int chunkLine = firstLine;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (directives[i] != null) {
        flush(chunk, chunkLine, out);
        SourcePos pos = new SourcePos(file, firstLine + i + 1, line.indexOf("{{") + 1);
        FigureRef ref = parseDirective(directives[i], pos, diagnostics);
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
        file,
        List.copyOf(out.segments),
        List.copyOf(out.headings),
        List.copyOf(out.links),
        out.summary == null ? "" : out.summary);
  }

  /** What rendering one document collects, and where its problems go. */
  private static final class Output {
    final Path file;
    final Diagnostics diagnostics;
    final List<Segment> segments = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    final List<LinkRef> links = new ArrayList<>();
    final Set<String> usedIds = new HashSet<>();

    /** The text of the first top-level paragraph; null until one is seen. */
    String summary;

    /** The whole document's link reference definitions (see {@link #references}), or null. */
    Document references;

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
   * chunks: a reference used in one chunk may be defined in another, so the whole document, its
   * directive lines left blank (as the chunks end there), is parsed once for them, and each chunk
   * is handed all of them; the first definition of a label wins, as in CommonMark. Null when there
   * is only one chunk or no definition.
   */
  private Document references(String[] lines, String[] directives) {
    if (java.util.Arrays.stream(directives).allMatch(java.util.Objects::isNull)) {
      return null; // one chunk: no copy of the document to build
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      text.append(directives[i] != null ? "" : lines[i]).append('\n');
    }
    if (text.indexOf("]:") < 0) {
      return null;
    }
    Document all = parser.parse(text.toString());
    return Parser.REFERENCES.get(all).isEmpty() ? null : all;
  }

  /**
   * Fenced code blocks as CommonMark sees them, so a directive written inside one is shown, not
   * drawn: a fence of three or more backticks or tildes, indented at most three spaces, closes only
   * with the same character, at least as many times, and nothing after it.
   */
  private static final class Fences {
    private char fence;
    private int length;

    /** Whether {@code line} is part of a fenced code block, its fence lines included. */
    boolean inside(String line) {
      int indent = 0;
      while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
        indent++;
      }
      if (indent > 3) {
        return fence != 0;
      }
      String rest = line.substring(indent);
      if (fence == 0) {
        for (char c : new char[] {'`', '~'}) {
          int n = run(rest, c);
          if (n >= 3 && (c == '~' || rest.indexOf('`', n) < 0)) {
            fence = c;
            length = n;
            return true;
          }
        }
        return false;
      }
      int n = run(rest, fence);
      if (n >= length && rest.substring(n).isBlank()) {
        fence = 0;
      }
      return true;
    }

    private static int run(String s, char c) {
      int n = 0;
      while (n < s.length() && s.charAt(n) == c) {
        n++;
      }
      return n;
    }
  }

  /** Renders the Markdown in {@code chunk}, whose first line is 0-based line {@code line}. */
  private void flush(StringBuilder chunk, int line, Output out) {
    String text = chunk.toString();
    chunk.setLength(0);
    if (text.isBlank()) {
      return;
    }
    try {
      Document document = parser.parse(text);
      if (out.references != null) {
        parser.transferReferences(document, out.references, false);
      }
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

  /**
   * Writes text nodes as flexmark's own renderer does, {@code
   * html.text(Escaping.normalizeEOL(chars.unescape()))}, without its cost for plain text (most of a
   * page): text with no backslash or entity has nothing to unescape, so its characters are taken
   * from the source in one piece instead of one by one, and text with no carriage return has no
   * line end to normalize. Other text goes the way flexmark takes it.
   */
  private static final class PlainTextRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render),
          new NodeRenderingHandler<>(
              com.vladsch.flexmark.ast.Heading.class, PlainTextRenderer::heading));
    }

    /**
     * A heading with a link to itself after its text, so a reader can copy the address of a
     * section. The link is named by the heading and its "#" is drawn by the stylesheet, so the
     * heading's own text stays as written (ids are ASCII slugs, safe to write raw).
     */
    private static void heading(
        com.vladsch.flexmark.ast.Heading node, NodeRendererContext context, HtmlWriter html) {
      String id = HEADING_IDS.get(node.getDocument()).get(node);
      html.srcPos(node.getText())
          .withAttr()
          .tagLine(
              "h" + node.getLevel(),
              () -> {
                context.renderChildren(node);
                if (id != null && node.getLevel() <= 3) {
                  html.raw(
                      " <a class=\"heading-anchor\" href=\"#"
                          + id
                          + "\" aria-labelledby=\""
                          + id
                          + "\"></a>");
                }
              });
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
      html.text(text(node.getChars()));
    }

    private static String text(BasedSequence chars) {
      String plain = plain(chars);
      if (plain == null || plain.indexOf('\\') >= 0 || plain.indexOf('&') >= 0) {
        return Escaping.normalizeEOL(chars.unescape());
      }
      return plain.indexOf('\r') < 0 ? plain : Escaping.normalizeEOL(plain);
    }

    /** The characters of {@code chars} when they are one piece of a source string, else null. */
    private static String plain(BasedSequence chars) {
      if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        if (start >= 0 && end <= source.length() && end - start == chars.length()) {
          // As flexmark reads the source: a NUL character stands for U+FFFD.
          return source.substring(start, end).replace('\0', '\uFFFD');
        }
      }
      return null;
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
    } else if (out.summary == null
        && node instanceof com.vladsch.flexmark.ast.Paragraph
        && node.getParent() instanceof Document) {
      String plain = new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ");
      out.summary = plain.isBlank() ? null : plain.trim();
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
        || (node instanceof RefNode ref && ref.getReferenceNode(ref.getDocument()) != null)) {
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
    String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    String slug = EDGE_DASHES.matcher(NOT_ALNUM.matcher(ascii).replaceAll("-")).replaceAll("");
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
