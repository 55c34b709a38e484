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
 * rendered pages when it changes. A build uses {@link #forOneBuild()}, which keeps nothing, so both
 * take the same code path and give the same bytes; a build's reuse across runs is {@link
 * BuildCache}'s.
 */
public final class BuildMemo {
  record ReportEntry(
      String stamp, Optional<UnitLoader.ScoredReport> report, List<Diagnostic> diagnostics) {}

  record Rendered(String key, List<OutputFile> files) {}

  record PageEntry(String stamp, Optional<Page> page, List<Diagnostic> diagnostics) {}

  final Map<String, ReportEntry> reports = new ConcurrentHashMap<>();
  final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
  final Map<Path, PageEntry> pages = new ConcurrentHashMap<>();
  private final boolean retains;
  private String global = "";

  /** The only paths changed since the last build, as a watcher saw them; null: unknown. */
  private java.util.Set<Path> changedPaths;

  private Theme theme;
  private String indexKey;
  private OutputFile renderedIndex;

  /** A memo kept across builds: the preview's. */
  public BuildMemo() {
    this(true);
  }

  private BuildMemo(boolean retains) {
    this.retains = retains;
  }

  /**
   * A memo for a single build, which remembers nothing: a build streams its pages out and must not
   * hold the whole site in memory.
   */
  public static BuildMemo forOneBuild() {
    return new BuildMemo(false);
  }

  void remember(String slug, ReportEntry entry) {
    if (retains) {
      reports.put(slug, entry);
    }
  }

  void remember(Path page, PageEntry entry) {
    if (retains) {
      pages.put(page, entry);
    }
  }

  void remember(String slug, Rendered files) {
    if (retains) {
      rendered.put(slug, files);
    }
  }

  /**
   * Tells the next build which paths changed since the last one (as a file watcher saw them), so it
   * re-stamps only the folders and files they fall in; null (the default) re-stamps all.
   */
  public synchronized void expectChanges(java.util.Set<Path> changed) {
    this.changedPaths = changed;
  }

  /** Whether {@code path} (a file or folder) is known to be unchanged since the last build. */
  synchronized boolean knownUnchanged(Path path) {
    if (changedPaths == null) {
      return false;
    }
    Path p = path.toAbsolutePath().normalize();
    for (Path c : changedPaths) {
      if (c.startsWith(p) || p.startsWith(c)) {
        return false;
      }
    }
    return true;
  }

  /** Forgets everything when the inputs all pages share have changed. */
  synchronized void checkGlobal(String stamp) {
    if (!stamp.equals(global)) {
      reports.clear();
      rendered.clear();
      pages.clear();
      theme = null;
      indexKey = null;
      renderedIndex = null;
      global = stamp;
    }
  }

  /** The index page rendered for {@code key}, or null. */
  synchronized OutputFile renderedIndex(String key) {
    return key.equals(indexKey) ? renderedIndex : null;
  }

  synchronized void renderedIndex(String key, OutputFile file) {
    if (retains) {
      indexKey = key;
      renderedIndex = file;
    }
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
