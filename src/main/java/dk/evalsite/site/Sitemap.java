package dk.evalsite.site;

import java.util.List;

/** sitemap.xml for search engines: every page, sorted, no dates (builds stay reproducible). */
final class Sitemap {
  private Sitemap() {}

  static String of(String baseUrl, List<OutputFile> files) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    files.stream()
        .map(OutputFile::path)
        .filter(path -> path.endsWith(".html"))
        .sorted()
        .forEach(
            path ->
                xml.append("  <url><loc>")
                    .append(escape(baseUrl + withoutIndex(path)))
                    .append("</loc></url>\n"));
    xml.append("</urlset>\n");
    return xml.toString();
  }

  /** "reports/x/index.html" → "reports/x/": the address people link to. */
  private static String withoutIndex(String path) {
    return path.equals("index.html") || path.endsWith("/index.html")
        ? path.substring(0, path.length() - "index.html".length())
        : path;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
