package dk.evalsite.browser;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.site.BuildResult;
import dk.evalsite.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's example site (content/), built in-process into a folder of the test's. */
record BuiltSite(Path root, List<String> pages) {
  static final Path CONTENT = Path.of("content");

  /** Builds content/ into {@code out}; fails the calling test on any build error. */
  static BuiltSite build(Path out) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new SiteBuilder(diagnostics, false).build(CONTENT, out);
    if (diagnostics.hasErrors() || !result.written()) {
      throw new IllegalStateException("example site did not build: " + diagnostics.sorted());
    }
    return new BuiltSite(out, htmlPages(out));
  }

  /** Every HTML page under {@code root}, as sorted paths relative to it with '/' separators. */
  static List<String> htmlPages(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".html"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The pages the slow browser checks (axe at every width and scheme, keyboard, phone layout) open:
   * every page except the copies of a template that differ only in data. Of the table's sorted
   * variants the default order and one other are kept; of each facet its first value's first page.
   * The Nu HTML Checker and the link crawl still see every page.
   */
  List<String> distinctPages() {
    java.util.Set<String> facetsSeen = new java.util.HashSet<>();
    return pages.stream()
        .filter(
            p -> {
              if (p.startsWith("table/")) {
                return p.equals("table/index.html") || p.equals("table/attainment-desc/index.html");
              }
              String[] parts = p.split("/");
              if (parts.length == 4 && parts[0].equals("facets")) {
                return parts[3].equals("index.html") && facetsSeen.add(parts[1]);
              }
              return true;
            })
        .toList();
  }

  Path file(String page) {
    return root.resolve(page);
  }
}
