package dk.evalsite.render;

import dk.evalsite.content.Chapter;

/**
 * Where each page lives in the site. Every link is relative, so the site works from any base path
 * and opened straight from disk (file://), where folder URLs do not open index.html.
 */
public final class Urls {
  private Urls() {}

  public static String index() {
    return "index.html";
  }

  /** Page {@code number} of the site index: index.html, then index-2.html, index-3.html ... */
  public static String index(int number) {
    return number <= 1 ? index() : "index-" + number + ".html";
  }

  public static String report(String slug) {
    return "reports/" + slug + "/index.html";
  }

  public static String chapter(String slug, Chapter chapter) {
    return chapter == Chapter.RESUME
        ? report(slug)
        : "reports/" + slug + "/" + chapter.id() + ".html";
  }

  /** The page a web server shows for an address the site does not have. */
  public static String notFound() {
    return "404.html";
  }

  /**
   * The root-relative prefix of a site published at {@code baseUrl} ("/" or "/evaluering/"), for
   * pages such as 404.html that are served at any depth; "/" when the address is not known.
   */
  public static String sitePath(String baseUrl) {
    if (baseUrl == null) {
      return "/";
    }
    String path = java.net.URI.create(baseUrl).getRawPath();
    return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
  }

  /** A report's revision history page. */
  public static String history(String slug) {
    return "reports/" + slug + "/history.html";
  }

  /** The report's PDF edition, named after the report so a saved copy says what it is. */
  public static String pdf(String slug) {
    return "reports/" + slug + "/" + slug + ".pdf";
  }

  public static String scores(String slug) {
    return "reports/" + slug + "/scores.json";
  }

  public static String page(String path) {
    return path + ".html";
  }

  /** The shortest relative link from page {@code from} to page {@code to}. */
  public static String relative(String from, String to) {
    int slash = from.lastIndexOf('/');
    String dir = slash < 0 ? "" : from.substring(0, slash + 1);
    if (to.startsWith(dir)) {
      return to.substring(dir.length());
    }
    return root(from) + to;
  }

  /** The prefix leading from {@code pagePath} back to the site root: "../../" or "". */
  public static String root(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }
}
