package dk.evalsite.site;

import dk.evalsite.content.Page;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What earlier builds in this JVM loaded and rendered, reused while its inputs are unchanged: the
 * preview keeps one across rebuilds, so a save re-renders only the report or page it touched.
 * Inputs are recognised by their stamp (path, size and modification time of every file); anything
 * shared by all pages (site.yaml, scoring.yaml, the theme, the navigation) empties the memo or the
 * rendered pages when it changes. A clean build uses an empty memo, so both take the same code path
 * and give the same bytes.
 */
public final class BuildMemo {
  record ReportEntry(
      String stamp, Optional<SiteBuilder.ScoredReport> report, List<Diagnostic> diagnostics) {}

  record Rendered(String key, List<OutputFile> files) {}

  record PageEntry(String stamp, Optional<Page> page, List<Diagnostic> diagnostics) {}

  final Map<String, ReportEntry> reports = new ConcurrentHashMap<>();
  final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
  final Map<Path, PageEntry> pages = new ConcurrentHashMap<>();
  private String global = "";
  private Theme theme;
  private String indexKey;
  private dk.evalsite.render.ReportViews.PageView index;

  /** Forgets everything when the inputs all pages share have changed. */
  synchronized void checkGlobal(String stamp) {
    if (!stamp.equals(global)) {
      reports.clear();
      rendered.clear();
      pages.clear();
      theme = null;
      index = null;
      indexKey = null;
      global = stamp;
    }
  }

  /** The index page view made for {@code key}, or null. */
  synchronized dk.evalsite.render.ReportViews.PageView index(String key) {
    return key.equals(indexKey) ? index : null;
  }

  synchronized void index(String key, dk.evalsite.render.ReportViews.PageView view) {
    indexKey = key;
    index = view;
  }

  synchronized Theme theme() {
    return theme;
  }

  synchronized void theme(Theme theme) {
    this.theme = theme;
  }

  /** The stamp of a file or of every file below a folder, in sorted order. */
  static String stamp(Path path) {
    StringBuilder out = new StringBuilder();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return "-";
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted().toList()) {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isDirectory()) {
          out.append(path.relativize(p))
              .append(':')
              .append(a.size())
              .append(':')
              .append(a.lastModifiedTime().toMillis())
              .append('.')
              .append(a.lastModifiedTime().toInstant().getNano())
              .append(';');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
