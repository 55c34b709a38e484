package dk.evalsite.content;

import dk.evalsite.diag.SourcePos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A rendered narrative or page: HTML pieces with the figure directives between them, in reading
 * order, the headings for tables of contents, and the first paragraph as plain text (the page's
 * summary for search engines and link previews; empty when there is none).
 */
public record MarkdownDocument(
    Path source,
    List<Segment> segments,
    List<Heading> headings,
    List<LinkRef> links,
    String summary) {

  /** A document without a summary. */
  public MarkdownDocument(
      Path source, List<Segment> segments, List<Heading> headings, List<LinkRef> links) {
    this(source, segments, headings, links, "");
  }

  /** A document without links. */
  public MarkdownDocument(Path source, List<Segment> segments, List<Heading> headings) {
    this(source, segments, headings, List.of());
  }

  /** A piece of the document: rendered HTML, or a figure the theme draws from the data. */
  public sealed interface Segment permits Html, FigureRef {}

  public record Html(String html) implements Segment {}

  /**
   * {@code {{figure output region=ovrige}}}: figure {@code name} with its arguments; {@code {{chart
   * ...}}} places only the figure's chart ({@code chartOnly}), linked to its table.
   */
  public record FigureRef(String name, Map<String, String> args, SourcePos pos, boolean chartOnly)
      implements Segment {}

  public record Heading(int level, String text, String id) {}

  /** A link or image target as written, with where it is written. */
  public record LinkRef(boolean image, String url, SourcePos pos) {}
}
