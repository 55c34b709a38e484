package dk.evalsite.site;

import java.util.List;

/** sitemap.xml for search engines: every page, sorted, no dates (builds stay reproducible). */
final class Sitemap {
  private Sitemap() {}

  /** The sitemap of the pages among {@code paths} (site paths such as "reports/x/index.html"). */
  static String of(String baseUrl, List<String> paths) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    paths.stream()
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
