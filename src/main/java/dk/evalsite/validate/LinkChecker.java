package dk.evalsite.validate;

import dk.evalsite.content.LinkedFiles;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the links of every Markdown document against the site as built: a relative link must lead
 * to a page or file of the site, and its {@code #anchor} to an id on that page. Images and
 * attachments are {@link LinkedFiles}' business.
 */
public final class LinkChecker {

  private final Diagnostics diagnostics;

  public LinkChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The links of a document and the path of the page it becomes ("reports/slug/progress.html"). */
  public record Source(String page, List<LinkRef> links) {
    public Source(String page, MarkdownDocument document) {
      this(page, document.links());
    }
  }

  /**
   * Checks every link of {@code sources}; {@code site} maps each file of the site to the anchors
   * (ids) it holds, none for files that are not HTML.
   */
  public void check(List<Source> sources, Map<String, List<String>> site) {
    for (Source source : sources) {
      for (LinkRef ref : source.links()) {
        if (!ref.image()) {
          check(source.page(), ref, site);
        }
      }
    }
  }

  private void check(String page, LinkRef ref, Map<String, List<String>> site) {
    Optional<String> local = LinkedFiles.localPath(ref.url());
    if (local.isEmpty() || LinkedFiles.isFile(local.get())) {
      return;
    }
    String path = local.get();
    if (path.startsWith("/")) {
      diagnostics.error(
          "E-MD-003",
          ref.pos(),
          "the link `"
              + ref.url()
              + "` starts with /, which breaks when the site is opened from "
              + "disk or published below a sub-path",
          "Write the link relative to this page: `" + relative(page, path.substring(1)) + "`.");
      return;
    }
    String target = path.isEmpty() ? page : resolve(page, path);
    if (target == null) {
      diagnostics.error(
          "E-MD-003",
          ref.pos(),
          "the link `" + ref.url() + "` leads outside the site",
          "Link to a page of the site, or write a full web address (https://...).");
      return;
    }
    if (!site.containsKey(target)) {
      diagnostics.error(
          "E-MD-003",
          ref.pos(),
          "the link `" + ref.url() + "` leads to " + target + ", which is not part of the site",
          missingHint(page, target, site));
      return;
    }
    String fragment = fragment(ref.url());
    if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
      List<String> ids = site.get(target);
      if (!ids.contains(fragment)) {
        diagnostics.error(
            "E-MD-004",
            ref.pos(),
            "the page " + target + " has no anchor `#" + fragment + "`",
            Fields.suggestion(fragment, ids)
                .map(s -> "Did you mean `#" + s + "`?")
                .orElse(
                    "Anchors of headings are their text in lower case with hyphens, "
                        + "e.g. `#maalopnaaelse-i-forhold-til-output`."));
      }
    }
  }

  private static String missingHint(String page, String target, Map<String, List<String>> site) {
    for (String candidate :
        List.of(
            target.replaceAll("\\.md$", ".html"),
            target.replaceAll("\\.md$", "/index.html"),
            target.endsWith("/") ? target + "index.html" : target + ".html",
            target + "/index.html")) {
      if (!candidate.equals(target) && site.containsKey(candidate)) {
        return "Link to the page as the site names it: `" + relative(page, candidate) + "`.";
      }
    }
    List<String> pages = site.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    return Fields.suggestion(target, pages)
        .map(s -> "Did you mean `" + relative(page, s) + "`?")
        .orElse("Links are relative to this page; pages end in .html.");
  }

  /**
   * The ids (anchors) in an HTML page as UTF-8 bytes, in their order: the {@code id} attribute of
   * every start tag, however HTML writes it ({@code id="x"}, {@code id='x'}, {@code id=x}, {@code
   * ID = "x"}), found without decoding the page (a build does this for every page it writes).
   * Attributes are read the way HTML's tokenizer reads them, so {@code data-id=}, {@code grid=} and
   * text that merely looks like an attribute do not count; comments, doctypes and the contents of
   * {@code script}, {@code style}, {@code textarea} and {@code title} hold no tags. Character
   * references in a value are kept as written.
   */
  public static List<String> ids(byte[] html) {
    return new IdScanner(html).ids();
  }

  private static String fragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? null : url.substring(hash + 1).trim();
  }

  private static String directory(String page) {
    int slash = page.lastIndexOf('/');
    return slash < 0 ? "" : page.substring(0, slash + 1);
  }

  /**
   * The site path a relative link path (decoded, without query or fragment) leads to from {@code
   * page}, with "." and ".." resolved; null when it climbs above the site root.
   */
  static String resolve(String page, String path) {
    URI target;
    try {
      // "./" keeps a colon in the first segment from reading as a scheme.
      target =
          new URI(null, null, "/" + page, null).resolve(new URI(null, null, "./" + path, null));
    } catch (URISyntaxException e) {
      return null;
    }
    String resolved = target.normalize().getPath();
    if (resolved == null || resolved.equals("/..") || resolved.startsWith("/../")) {
      return null;
    }
    return resolved.substring(1);
  }

  /** The relative link from page {@code from} to site path {@code to}. */
  static String relative(String from, String to) {
    int depth = (int) from.chars().filter(c -> c == '/').count();
    String dir = directory(from);
    return to.startsWith(dir) ? to.substring(dir.length()) : "../".repeat(depth) + to;
  }
}
