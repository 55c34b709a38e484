package dk.evalsite.site;

import java.util.List;
import java.util.Map;

/**
 * sitemap.xml for search engines: every page, sorted, with {@code <lastmod>} when the page's last
 * change is known (from git or {@code updated:}; never the build's time, so builds stay
 * reproducible). A page with a language twin lists every language of it as {@code xhtml:link
 * rel="alternate"}, as its HTML does.
 */
final class Sitemap {
  private Sitemap() {}

  /** The sitemap of the pages among {@code paths} (site paths such as "reports/x/index.html"). */
  static String of(String baseUrl, List<String> paths) {
    return of(baseUrl, paths, Map.of(), Map.of());
  }

  /**
   * The sitemap of the pages among {@code paths}; {@code alternates} gives, for each page with a
   * twin, the path of each language of it (by hreflang, "x-default" included).
   */
  static String of(
      String baseUrl,
      List<String> paths,
      Map<String, Map<String, String>> alternates,
      Map<String, String> lastmod) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
    if (!alternates.isEmpty()) {
      xml.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    }
    xml.append(">\n");
    paths.stream()
        .filter(path -> path.endsWith(".html"))
        .sorted()
        .forEach(
            path -> {
              xml.append("  <url><loc>")
                  .append(escape(baseUrl + withoutIndex(path)))
                  .append("</loc>");
              if (lastmod.containsKey(path)) {
                xml.append("<lastmod>").append(lastmod.get(path)).append("</lastmod>");
              }
              Map<String, String> languages = alternates.get(path);
              if (languages != null) {
                new java.util.TreeMap<>(languages)
                    .forEach(
                        (hreflang, other) ->
                            xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"")
                                .append(escape(hreflang))
                                .append("\" href=\"")
                                .append(escape(baseUrl + withoutIndex(other)))
                                .append("\"/>"));
                xml.append("\n  ");
              }
              xml.append("</url>\n");
            });
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
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
