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

/**
 * The repository's example site (content/), built in-process into a folder of the test's, its dates
 * from a git repository made beside it ({@link #historyRepo}), so the pages carry dates and the
 * reports revision history pages.
 */
record BuiltSite(Path root, List<String> pages) {
  static final Path CONTENT = Path.of("content");

  /** The report whose history page lists a corrected figure, a change note and a minor edit. */
  static final String REVISED = "reports/social-inklusion/history.html";

  /** Builds content/ into {@code out}; fails the calling test on any build error. */
  static BuiltSite build(Path out) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path content = historyRepo(out.resolveSibling(out.getFileName() + "-repo"));
    BuildResult result = new SiteBuilder(diagnostics, false).gitDates(true).build(content, out);
    if (diagnostics.hasErrors() || !result.written()) {
      throw new IllegalStateException("example site did not build: " + diagnostics.sorted());
    }
    return new BuiltSite(out, htmlPages(out));
  }

  /**
   * The example site in a new git repository in {@code dir}, committed three times: first with
   * social-inklusion's B3 in Region Sjælland at 14 of 20 (headline 88 %), then corrected to the
   * real 8 of 20 (84 %) with a change note, then a narrative's stray blank line removed (a minor
   * edit). The last commit holds content/ as it is plus that note, so every page reads as the
   * example does. Returns the content folder.
   */
  static Path historyRepo(Path dir) throws IOException {
    try (dk.evalsite.history.TestRepo repo = dk.evalsite.history.TestRepo.init(dir)) {
      Path content = dk.evalsite.site.TestSites.copyExample(dir.resolve("content"));
      Path yaml = content.resolve("reports/social-inklusion/report.yaml");
      Path status = content.resolve("reports/social-inklusion/status.md");
      String realYaml = Files.readString(yaml);
      String realStatus = Files.readString(status);
      String earlier =
          realYaml
              .replace("target: 20, status: 8}", "target: 20, status: 14}")
              .replace("published_percent: 84 ", "published_percent: 88 ");
      if (earlier.equals(realYaml)) {
        throw new IllegalStateException("the example's B3 changed: update BuiltSite.historyRepo");
      }
      Files.writeString(yaml, earlier);
      Files.writeString(status, realStatus + "\n");
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      Files.writeString(
          yaml,
          realYaml
              + "changes:\n  - {date: 2025-06-02, note: \"B3 i Region Sjælland er rettet efter"
              + " nye tal.\"}\n");
      repo.commit("Correct B3", "2025-06-02T12:00:00Z");
      Files.writeString(status, realStatus);
      repo.commit("Remove a blank line", "2025-07-01T12:00:00Z");
      return content;
    } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
      throw new IOException(e);
    }
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
   * variants the default order and one other are kept; of each facet its first value's first page;
   * of the history pages the one with a corrected figure ({@link #REVISED}) and its English twin's.
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
              if (p.endsWith("/history.html")) {
                return p.equals(REVISED) || p.equals("reports/social-inclusion/history.html");
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
