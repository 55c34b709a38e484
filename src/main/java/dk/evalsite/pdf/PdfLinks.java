package dk.evalsite.pdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of a report's narratives, made to work in its PDF edition. On the site they are
 * relative to the chapter's page; in the PDF a link to a page the PDF holds (a chapter of the same
 * report) becomes a link inside the document, to the anchor when the document has it, else to the
 * chapter; a link to any other page of the site becomes absolute on the site's {@code base_url};
 * without one it is left as plain text (it could only lead to a file next to the PDF). Links with a
 * scheme ({@code https:}, {@code mailto:}) and links inside the document are kept.
 *
 * @param pages the site path of each chapter, by the id of its element in the print document
 * @param baseUrl the site's address, or null when site.yaml gives none
 */
public record PdfLinks(Map<String, String> pages, String baseUrl) {
  /** Rewrites the links inside each chapter of {@code doc}. */
  void apply(Document doc) {
    Map<String, String> chapterOf = new HashMap<>();
    pages.forEach((id, path) -> chapterOf.put(path, id));
    pages.forEach(
        (id, page) -> {
          Element chapter = doc.getElementById(id);
          if (chapter != null) {
            for (Element a : chapter.select("a[href]")) {
              relink(doc, a, page, chapterOf);
            }
          }
        });
  }

  private void relink(Document doc, Element a, String page, Map<String, String> chapterOf) {
    String href = a.attr("href");
    URI uri;
    try {
      uri = new URI(href);
    } catch (URISyntaxException e) {
      return; // not a link this can mend; the site's link check has reported it
    }
    if (href.isEmpty() || href.startsWith("#") || uri.getScheme() != null) {
      return;
    }
    URI target = URI.create("site:/" + page).resolve(uri);
    String path = target.getPath() == null ? "" : target.getPath().replaceFirst("^/", "");
    String fragment = target.getFragment();
    String inside = chapterOf.get(path);
    if (inside != null) {
      boolean anchored = fragment != null && doc.getElementById(fragment) != null;
      a.attr("href", "#" + (anchored ? fragment : inside));
    } else if (baseUrl != null && !baseUrl.isBlank()) {
      String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      a.attr("href", base + path + (fragment == null ? "" : "#" + fragment));
    } else {
      a.unwrap();
    }
  }
}
