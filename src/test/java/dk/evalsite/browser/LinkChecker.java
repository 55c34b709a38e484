package dk.evalsite.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the links of a built site on disk: every internal href, src and srcset of every page
 * resolves to a file of the site, every #fragment to an id of its target page, every id that
 * aria-labelledby, aria-describedby, for and headers name exists on the page, every url() of a
 * stylesheet resolves, and every canonical link names the page itself. External links are listed,
 * never followed.
 */
final class LinkChecker {
  /** A reference found in a file: where, which element and attribute, and what it says. */
  record Ref(String file, String element, String attribute, String value) {
    @Override
    public String toString() {
      return file + ": <" + element + " " + attribute + "=\"" + value + "\">";
    }
  }

  /** A reference that does not resolve, and why. */
  record Broken(Ref ref, String reason) {
    @Override
    public String toString() {
      return ref + ": " + reason;
    }
  }

  /** What a check found: broken references, how many were checked, external URLs seen. */
  record Result(List<Broken> broken, int checked, Set<String> external) {}

  static final List<String> URL_ATTRIBUTES =
      List.of("href", "src", "srcset", "data", "poster", "action", "formaction", "xlink:href");
  private static final List<String> IDREF_ATTRIBUTES =
      List.of(
          "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "for", "headers");
  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");

  private final Path root;
  private final Map<Path, Set<String>> idsByFile = new HashMap<>();

  private LinkChecker(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Checks every HTML page and stylesheet under {@code root}. */
  static Result check(Path root) throws IOException {
    return new LinkChecker(root).run();
  }

  private Result run() throws IOException {
    List<Broken> broken = new ArrayList<>();
    Set<String> external = new TreeSet<>();
    int checked = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String name = rel(file);
      if (name.endsWith(".html")) {
        Document doc = parse(file);
        for (Ref ref : references(doc, name)) {
          checked++;
          checkUrl(file, ref, broken, external);
        }
        checked += checkIdRefs(doc, name, broken);
        checked += checkCanonical(doc, name, broken);
      } else if (name.endsWith(".css")) {
        String css = Files.readString(file, StandardCharsets.UTF_8);
        for (String url : cssUrls(css)) {
          checked++;
          checkUrl(file, new Ref(name, "css", "url", url), broken, external);
        }
      }
    }
    return new Result(List.copyOf(broken), checked, external);
  }

  /** Every URL-valued attribute of a page (srcset split into its URLs), in document order. */
  static List<Ref> references(Document doc, String file) {
    List<Ref> refs = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      for (String attr : URL_ATTRIBUTES) {
        if (!e.hasAttr(attr)) {
          continue;
        }
        String value = e.attr(attr).trim();
        if (attr.equals("srcset")) {
          for (String candidate : value.split(",")) {
            String url = candidate.trim().split("\\s+")[0];
            if (!url.isEmpty()) {
              refs.add(new Ref(file, e.tagName(), attr, url));
            }
          }
        } else {
          refs.add(new Ref(file, e.tagName(), attr, value));
        }
      }
    }
    return refs;
  }

  /** The url(...) and @import targets of a stylesheet, data: URLs left out. */
  static List<String> cssUrls(String css) {
    List<String> urls = new ArrayList<>();
    Matcher m = CSS_URL.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
    while (m.find()) {
      String url = m.group(2) != null ? m.group(2).trim() : m.group(4).trim();
      if (!url.startsWith("data:")) {
        urls.add(url);
      }
    }
    return urls;
  }

  /** External means another host: http(s) or scheme-relative URLs. */
  static boolean isExternal(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
  }

  private void checkUrl(Path from, Ref ref, List<Broken> broken, Set<String> external) {
    String url = ref.value();
    String lower = url.toLowerCase(Locale.ROOT);
    if (url.isEmpty()) {
      broken.add(new Broken(ref, "empty URL"));
      return;
    }
    if (isExternal(url)) {
      external.add(url);
      return;
    }
    if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
      return;
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
      broken.add(new Broken(ref, "a URL scheme a static site must not use"));
      return;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      broken.add(new Broken(ref, "not a valid URL: " + e.getMessage()));
      return;
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    // 404.html is shown by a server at any depth, so its links start at the root (the example
    // site's base_url has the path "/"); every other page must work from disk.
    boolean notFoundPage = root.relativize(from).toString().equals("404.html");
    if (path.startsWith("/") && !notFoundPage) {
      broken.add(new Broken(ref, "root-relative URL: breaks when the site is opened from disk"));
      return;
    }
    Path target =
        path.isEmpty()
            ? from
            : path.startsWith("/")
                ? root.resolve(path.substring(1)).normalize()
                : from.getParent().resolve(path).normalize();
    if (!target.startsWith(root)) {
      broken.add(new Broken(ref, "points outside the site"));
      return;
    }
    if (path.endsWith("/") || Files.isDirectory(target)) {
      broken.add(
          new Broken(ref, "points at a folder: works on a server, not when opened from disk"));
      return;
    }
    if (!Files.isRegularFile(target)) {
      broken.add(new Broken(ref, "no such file: " + rel(target)));
      return;
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && rel(target).endsWith(".html")) {
      if (!ids(target).contains(fragment)) {
        broken.add(new Broken(ref, "no element with id \"" + fragment + "\" in " + rel(target)));
      }
    }
  }

  private int checkIdRefs(Document doc, String file, List<Broken> broken) {
    Set<String> ids = new LinkedHashSet<>();
    int checked = 0;
    for (Element e : doc.select("[id]")) {
      checked++;
      if (!ids.add(e.id())) {
        broken.add(new Broken(new Ref(file, e.tagName(), "id", e.id()), "id used more than once"));
      }
    }
    for (Element e : doc.getAllElements()) {
      for (String attr : IDREF_ATTRIBUTES) {
        if (!e.hasAttr(attr)) {
          continue;
        }
        for (String id : e.attr(attr).trim().split("\\s+")) {
          checked++;
          if (!ids.contains(id)) {
            broken.add(
                new Broken(
                    new Ref(file, e.tagName(), attr, e.attr(attr)),
                    "no element with id \"" + id + "\" on the page"));
          }
        }
      }
    }
    return checked;
  }

  private static int checkCanonical(Document doc, String file, List<Broken> broken) {
    int checked = 0;
    for (Element link : doc.select("link[rel=canonical]")) {
      checked++;
      String href = link.attr("href");
      String path = URI.create(href).getPath();
      boolean self =
          path != null
              && (path.endsWith("/" + file)
                  || (file.endsWith("index.html")
                      && path.endsWith("/" + file.substring(0, file.length() - 10))));
      if (!self) {
        broken.add(
            new Broken(new Ref(file, "link", "href", href), "canonical URL is not this page"));
      }
    }
    return checked;
  }

  private Set<String> ids(Path htmlFile) {
    return idsByFile.computeIfAbsent(
        htmlFile,
        f -> {
          Set<String> ids = new TreeSet<>();
          Document doc = parse(f);
          doc.select("[id]").forEach(e -> ids.add(e.id()));
          doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
          return ids;
        });
  }

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String rel(Path p) {
    return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
