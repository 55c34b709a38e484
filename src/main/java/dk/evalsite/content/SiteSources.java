package dk.evalsite.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The input files of a site, found by a sorted walk of the content folder. */
public record SiteSources(
    Path root,
    Path siteFile,
    Path scoringFile,
    List<ReportSources> reports,
    List<PageSource> pages) {

  /** A report folder: its data file and one narrative per chapter present. */
  public record ReportSources(
      String slug, Path dir, Path dataFile, Map<Chapter, Path> narratives) {}

  /** A documentation page; {@code path} is its place in the site without ".md" ("om"). */
  public record PageSource(Path file, String path) {}
}
