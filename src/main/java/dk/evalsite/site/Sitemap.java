package dk.evalsite.site;

import dk.evalsite.render.ReportViews.PageView;
import java.util.List;

/** sitemap.xml for search engines: every page, sorted, no dates (builds stay reproducible). */
final class Sitemap {
  private Sitemap() {}

  static String of(String baseUrl, List<PageView> views) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    views.stream()
        .map(PageView::path)
        .sorted()
        .forEach(
            path ->
                xml.append("  <url><loc>")
                    .append(escape(baseUrl + path.replaceAll("(^|/)index\\.html$", "$1")))
                    .append("</loc></url>\n"));
    xml.append("</urlset>\n");
    return xml.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
