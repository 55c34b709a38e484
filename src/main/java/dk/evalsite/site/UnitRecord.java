package dk.evalsite.site;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Severity;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.incremental.Checksum;
import dk.evalsite.incremental.InputSums;
import dk.evalsite.scoring.EvaluationFigures;
import dk.evalsite.scoring.ReportSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * What one unit of a build (a report with its pages, a documentation page, the site index) made:
 * the files it wrote (with checksums and anchors), its links, the files it copied, its warnings,
 * what the index and the navigation need of it, and what it showed of its language twin ({@code
 * twin}: empty without one), so a change to the twin renders it again. A report also keeps its own
 * {@code figures}, which the final evaluation of its project compares itself with, and what it
 * showed of the other evaluations of its project ({@code project}: a key, empty without any), so a
 * change to them renders it again. It keeps what search finds of it ({@code search}: null when
 * nothing), so a build that renders one report still writes the whole index. The {@link
 * dk.evalsite.incremental.UnitCache} keeps it between builds, so a unit whose inputs are unchanged
 * is neither loaded nor rendered.
 */
record UnitRecord(
    List<Output> outputs,
    List<Link> links,
    List<Copied> copied,
    List<Warning> warnings,
    ReportSummary summary,
    PageMeta page,
    String twin,
    OpenDataRows data,
    EvaluationFigures figures,
    String project,
    dk.evalsite.search.SearchPart search) {

  UnitRecord {
    twin = twin == null ? "" : twin;
    project = project == null ? "" : project;
    outputs = List.copyOf(outputs);
    links = List.copyOf(links);
    copied = List.copyOf(copied);
    warnings = List.copyOf(warnings);
  }

  /** A unit that publishes nothing (a draft left out), with its warnings. */
  static UnitRecord empty(List<Diagnostic> own) {
    return new UnitRecord(
        List.of(), List.of(), List.of(), warnings(own), null, null, "", null, null, "", null);
  }

  /** The files of no one unit (the chart font, the theme's assets, the sitemap), by checksum. */
  static UnitRecord shared(java.util.Map<String, String> files) {
    List<Output> outputs = new java.util.ArrayList<>();
    files.forEach((path, hash) -> outputs.add(new Output(path, hash, List.of())));
    return new UnitRecord(
        outputs, List.of(), List.of(), List.of(), null, null, "", null, null, "", null);
  }

  static List<Warning> warnings(List<Diagnostic> own) {
    return own.stream().filter(d -> !d.isError()).map(Warning::of).toList();
  }

  /** The warnings again, as the build that made this record reported them. */
  List<Diagnostic> replay() {
    return warnings.stream().map(Warning::diagnostic).toList();
  }

  /**
   * Whether every file of the unit is still in {@code sink} as written, and every copy's source.
   */
  boolean stillIn(OutputSink sink) {
    return outputs.stream().allMatch(o -> sink.holds(o.path(), o.hash()))
        && copied.stream().allMatch(c -> sink.holds(c.path(), c.hash()) && c.sourceUnchanged());
  }

  /** The same unit with {@code outputs} as its files. */
  UnitRecord withOutputs(List<Output> outputs) {
    return new UnitRecord(
        outputs, links, copied, warnings, summary, page, twin, data, figures, project, search);
  }

  /**
   * A file the unit wrote, its checksum and, for a page, the anchors (ids) on it. The build cache
   * keeps a page's ids as one string: a thousand reports have 235,000 of them, and one string reads
   * back far faster than as many array elements.
   */
  record Output(
      String path,
      String hash,
      @JsonSerialize(converter = JoinedIds.class) @JsonDeserialize(converter = SplitIds.class)
          List<String> ids) {
    Output {
      ids = ids == null ? List.of() : ids; // no ids: JoinedIds writes null
      // (not copied: a list read back from the cache stays joined until it is listed)
    }

    /**
     * A page rendered but not yet written (a landing page waiting for its PDF edition): its
     * anchors, no checksum.
     */
    static Output pending(String path, String html) {
      return new Output(
          path,
          "",
          dk.evalsite.validate.LinkChecker.ids(
              html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  /** A link of the unit's Markdown, on the page it ends up on. */
  record Link(String page, boolean image, String url, String file, int line, int column) {
    static Link of(String page, LinkRef ref) {
      return new Link(
          page,
          ref.image(),
          ref.url(),
          ref.pos().file().toString(),
          ref.pos().line(),
          ref.pos().column());
    }

    LinkRef ref() {
      return new LinkRef(image, url, new SourcePos(Path.of(file), line, column));
    }
  }

  /** An image or attachment the unit links to, copied from {@code source}. */
  record Copied(String path, String source, String stamp, String hash) {
    /** Whether the source still has the bytes that were copied (by stamp, else by content). */
    boolean sourceUnchanged() {
      Path file = Path.of(source);
      if (java.nio.file.Files.isSymbolicLink(file)) {
        return false; // a clean build refuses it: let this one load the unit and say so
      }
      if (InputSums.stampOf(file).equals(stamp)) {
        return true;
      }
      try {
        return Checksum.of(java.nio.file.Files.readAllBytes(file)).equals(hash);
      } catch (java.io.IOException e) {
        return false;
      }
    }
  }

  /** A warning the unit's inputs gave, shown again while they are unchanged. */
  record Warning(
      String code, String stage, String file, int line, int column, String message, String hint) {
    static Warning of(Diagnostic d) {
      return new Warning(
          d.code(),
          d.stage(),
          d.pos().file().toString(),
          d.pos().line(),
          d.pos().column(),
          d.message(),
          d.hint());
    }

    Diagnostic diagnostic() {
      return new Diagnostic(
          code,
          Severity.WARNING,
          new SourcePos(Path.of(file), line, column),
          message,
          hint,
          stage == null ? "" : stage);
    }
  }

  /**
   * What the navigation and the twins need of a documentation page: its title in its language, its
   * language, its title as a page in each language shows it, the translation it names, and its
   * dates (for sitemap.xml).
   */
  record PageMeta(
      String path,
      String title,
      String language,
      java.util.SortedMap<String, dk.evalsite.config.LocalText.Shown> titles,
      int weight,
      boolean draft,
      dk.evalsite.config.Translation translation,
      dk.evalsite.history.Dates dates) {}

  /**
   * A page's ids joined by NUL, which no page evalsite writes contains (Markdown turns it into
   * U+FFFD, templates never write it), so the ids read back exactly; null for none, so that one
   * empty id reads back as itself.
   */
  static final class JoinedIds extends StdConverter<List<String>, String> {
    @Override
    public String convert(List<String> ids) {
      if (ids instanceof JoinedIdList kept) {
        return kept.joined; // kept from the last build: as it was read
      }
      return ids.isEmpty() ? null : String.join("\u0000", ids);
    }
  }

  /** The ids again from {@link JoinedIds}' string, split only when they are listed. */
  static final class SplitIds extends StdConverter<String, List<String>> {
    @Override
    public List<String> convert(String joined) {
      return new JoinedIdList(joined);
    }
  }

  /**
   * A page's ids as {@link JoinedIds} wrote them: a build asks a kept page whether it has an anchor
   * (a link's fragment, a goal's row), which needs no list of its 30 ids; 235,000 strings made on
   * every build of a thousand reports cost a fifth of reading the build cache.
   */
  static final class JoinedIdList extends java.util.AbstractList<String> {
    private final String joined;
    private volatile String[] split;

    JoinedIdList(String joined) {
      this.joined = joined;
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof String id) || id.indexOf('\u0000') >= 0) {
        return false;
      }
      for (int at = joined.indexOf(id); at >= 0; at = joined.indexOf(id, at + 1)) {
        int end = at + id.length();
        if ((at == 0 || joined.charAt(at - 1) == '\u0000')
            && (end == joined.length() || joined.charAt(end) == '\u0000')) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String get(int index) {
      return ids()[index];
    }

    @Override
    public int size() {
      return ids().length;
    }

    private String[] ids() {
      String[] ids = split;
      if (ids == null) {
        ids = joined.split("\u0000", -1);
        split = ids;
      }
      return ids;
    }
  }
}
