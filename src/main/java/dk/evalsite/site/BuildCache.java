package dk.evalsite.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Severity;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.scoring.ReportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last build of an output folder knew about each of its units (a report with its pages, a
 * documentation page, the site index), kept on disk between builds so the next build neither loads
 * nor renders a unit whose inputs are unchanged: the unit's stamp, the files it wrote (with their
 * hashes and anchors), its links, the files it copied and its warnings, and what the index and the
 * navigation need of it.
 *
 * <p>It is stored beside the output folder, not in it (it must not be published), and trusted only
 * while the folder's marker names the same build; anything else means starting afresh.
 */
record BuildCache(
    int format,
    String fingerprint,
    String global,
    String nav,
    SortedMap<String, Unit> reports,
    SortedMap<String, Unit> pages,
    Unit index,
    SortedMap<String, String> shared) {

  /** Changes whenever the stored shape changes: an older cache is ignored, never misread. */
  static final int FORMAT = 3;

  static final BuildCache EMPTY =
      new BuildCache(FORMAT, "", "", "", new TreeMap<>(), new TreeMap<>(), null, new TreeMap<>());

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * One unit's share of the site, as built from inputs with this {@code stamp} (their paths, sizes
   * and modification times, quick to compare) and {@code content} (a checksum of their bytes,
   * compared when the stamp differs).
   */
  record Unit(
      String stamp,
      String content,
      List<Output> outputs,
      List<Link> links,
      List<Copied> copied,
      List<Warning> warnings,
      ReportSummary summary,
      PageMeta page) {

    Unit withStamp(String newStamp) {
      return new Unit(newStamp, content, outputs, links, copied, warnings, summary, page);
    }
  }

  /** A file the unit wrote, its checksum and, for a page, the anchors (ids) on it. */
  record Output(String path, String hash, List<String> ids) {}

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
  record Copied(String path, String source, String stamp, String hash) {}

  /** A warning the unit's inputs gave, shown again while they are unchanged. */
  record Warning(String code, String file, int line, int column, String message, String hint) {
    static Warning of(Diagnostic d) {
      return new Warning(
          d.code(),
          d.pos().file().toString(),
          d.pos().line(),
          d.pos().column(),
          d.message(),
          d.hint());
    }

    Diagnostic diagnostic() {
      return new Diagnostic(
          code, Severity.WARNING, new SourcePos(Path.of(file), line, column), message, hint);
    }
  }

  /** What the navigation needs of a documentation page. */
  record PageMeta(String path, String title, int weight, boolean draft) {}

  /** Whether every field a build relies on is there (a hand-edited cache may lack some). */
  private boolean complete() {
    if (global == null || nav == null || reports == null || pages == null || shared == null) {
      return false;
    }
    for (Unit u : units()) {
      if (u == null
          || u.stamp() == null
          || u.content() == null
          || u.outputs() == null
          || u.links() == null
          || u.copied() == null
          || u.warnings() == null
          || u.outputs().stream()
              .anyMatch(o -> o == null || o.path() == null || o.hash() == null || o.ids() == null)
          || u.links().stream()
              .anyMatch(l -> l == null || l.page() == null || l.url() == null || l.file() == null)
          || u.copied().stream()
              .anyMatch(
                  c ->
                      c == null
                          || c.path() == null
                          || c.source() == null
                          || c.stamp() == null
                          || c.hash() == null)
          || u.warnings().stream()
              .anyMatch(
                  w -> w == null || w.code() == null || w.file() == null || w.message() == null)) {
        return false;
      }
    }
    return true;
  }

  /** The key a unit's stamp is kept under: its SHA-256, short whatever the stamp's length. */
  static String key(String stamp) {
    return SiteWriter.hash(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Every unit: the reports, the pages and the index (when there is one). */
  List<Unit> units() {
    List<Unit> units = new java.util.ArrayList<>(reports.values());
    units.addAll(pages.values());
    if (index != null) {
      units.add(index);
    }
    return units;
  }

  /** Every file the cached build wrote, by path: its checksum. */
  Map<String, String> hashes() {
    Map<String, String> all = new HashMap<>(shared);
    for (Unit unit : units()) {
      unit.outputs().forEach(o -> all.put(o.path(), o.hash()));
      unit.copied().forEach(c -> all.put(c.path(), c.hash()));
    }
    return all;
  }

  /** Where the cache of output folder {@code out} lives: beside it, never published with it. */
  static Path location(Path out) {
    Path target = out.toAbsolutePath().normalize();
    return target.resolveSibling(".evalsite-cache").resolve(target.getFileName() + ".json");
  }

  /** The cache of the build that wrote {@code out}; empty when missing, foreign or unreadable. */
  static BuildCache read(Path out, String fingerprint) {
    Path file = location(out);
    if (fingerprint.isEmpty() || !Files.isRegularFile(file)) {
      return EMPTY;
    }
    try {
      BuildCache cache = JSON.readValue(file.toFile(), BuildCache.class);
      return cache.format() == FORMAT && fingerprint.equals(cache.fingerprint()) && cache.complete()
          ? cache
          : EMPTY;
    } catch (IOException | RuntimeException e) {
      return EMPTY; // a damaged cache costs a full build, never a wrong one
    }
  }

  /**
   * Writes the cache through a temporary file, so a crash never leaves half of one. Its folder
   * ignores itself in git (as pytest's cache does), so nobody commits it by mistake.
   */
  void write(Path out) throws IOException {
    Path file = location(out);
    Files.createDirectories(file.getParent());
    Path ignore = file.resolveSibling(".gitignore");
    if (!Files.exists(ignore)) {
      Files.writeString(ignore, "# evalsite's build cache: safe to delete, never to commit.\n*\n");
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), this);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Forgets the cache of {@code out} (a clean build, or a folder evalsite no longer owns). */
  static void delete(Path out) throws IOException {
    Files.deleteIfExists(location(out));
  }

  Optional<Unit> report(String slug) {
    return Optional.ofNullable(reports.get(slug));
  }

  Optional<Unit> page(String path) {
    return Optional.ofNullable(pages.get(path));
  }
}
