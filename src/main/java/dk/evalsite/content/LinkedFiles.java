package dk.evalsite.content;

import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Images and attachments a Markdown file links to, published beside its page. A file must lie in
 * the folder tree of its document (the report folder, or pages/), be a plain file of a kind
 * evalsite publishes, and exist; anything else is reported at the link.
 */
public final class LinkedFiles {
  /** The kinds of file a page may show or link to, by extension. */
  public static final List<String> EXTENSIONS =
      List.of("gif", "jpeg", "jpg", "pdf", "png", "svg", "webp");

  static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  private final Diagnostics diagnostics;
  private final Map<String, Path> files = new TreeMap<>();

  public LinkedFiles(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** A file to publish: its path in the site and where it is read from. */
  public record LinkedFile(String path, Path source) {}

  /**
   * Collects the files {@code doc} links to. {@code root} is the folder that maps to {@code
   * outputDir} in the site ("reports/slug/" or "").
   */
  public void collect(MarkdownDocument doc, Path root, String outputDir) {
    for (LinkRef ref : doc.links()) {
      Optional<String> path = localPath(ref.url());
      if (path.isEmpty() || !(ref.image() || isFile(path.get()))) {
        continue;
      }
      resolve(doc.source(), root, outputDir, path.get(), ref);
    }
  }

  /** Every collected file, sorted by its path in the site. */
  public List<LinkedFile> files() {
    return files.entrySet().stream().map(e -> new LinkedFile(e.getKey(), e.getValue())).toList();
  }

  /** The path part of a link within the site, decoded; empty for web addresses. */
  public static Optional<String> localPath(String url) {
    String u = url.trim();
    if (u.isEmpty() || u.startsWith("//") || SCHEME.matcher(u).matches()) {
      return Optional.empty();
    }
    int cut = u.length();
    for (char c : new char[] {'#', '?'}) {
      int at = u.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    try {
      return Optional.of(
          URLDecoder.decode(u.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.of(u.substring(0, cut));
    }
  }

  /** Whether a link path names a file evalsite publishes (an image, a PDF). */
  public static boolean isFile(String path) {
    int dot = path.lastIndexOf('.');
    return dot >= 0
        && path.lastIndexOf('/') < dot
        && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Whether any folder between {@code base} and {@code file} is a symbolic link. */
  private static boolean throughLink(Path base, Path file) {
    for (Path p = file.getParent();
        p != null && p.startsWith(base) && !p.equals(base);
        p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        return true;
      }
    }
    return false;
  }

  private void resolve(Path source, Path root, String outputDir, String path, LinkRef ref) {
    String what = ref.image() ? "image" : "file";
    if (path.startsWith("/")) {
      error(
          ref.pos(),
          "the " + what + " `" + ref.url() + "` is an absolute path",
          "Write the path relative to this Markdown file, e.g. `foto.png`.");
      return;
    }
    Path base = root.toAbsolutePath().normalize();
    Path file = source.toAbsolutePath().getParent().resolve(path).normalize();
    if (!file.startsWith(base) || file.equals(base)) {
      error(
          ref.pos(),
          "the " + what + " `" + ref.url() + "` lies outside " + base.getFileName() + "/",
          "Put the file in the folder of the Markdown file that shows it, or below it.");
      return;
    }
    if (Files.isSymbolicLink(file) || throughLink(base, file)) {
      diagnostics.error(
          "E-CONTENT-004",
          ref.pos(),
          "the " + what + " `" + ref.url() + "` is, or lies in a folder that is, a symbolic link",
          "Replace the link with the file or folder itself.");
      return;
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      error(
          ref.pos(),
          "the "
              + what
              + " `"
              + ref.url()
              + "` does not exist (looked for "
              + base.getFileName()
              + "/"
              + base.relativize(file).toString().replace('\\', '/')
              + ")",
          "Check the file name (it is case-sensitive) or add the file.");
      return;
    }
    for (Path segment : base.relativize(file)) {
      String why = ContentScanner.unportable(segment.toString());
      if (why != null) {
        diagnostics.error(
            "E-CONTENT-002",
            ref.pos(),
            "the " + what + " `" + ref.url() + "`: the name `" + segment + "` " + why,
            ContentScanner.PORTABLE_HINT);
        return;
      }
    }
    if (!isFile(path)) {
      error(
          ref.pos(),
          "`" + ref.url() + "` is not a kind of image evalsite publishes",
          "Use one of " + String.join(", ", EXTENSIONS) + ".");
      return;
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        error(
            ref.pos(),
            String.format(
                Locale.ROOT,
                "the %s `%s` is %.1f MiB, more than the limit of %d MiB",
                what,
                ref.url(),
                size / (1024.0 * 1024),
                MAX_BYTES / (1024 * 1024)),
            "Make the file smaller; a web page should load quickly.");
        return;
      }
    } catch (IOException e) {
      diagnostics.error(
          "E-IO-001",
          ref.pos(),
          "cannot read `" + ref.url() + "`: " + e.getMessage(),
          "Check that the file is readable.");
      return;
    }
    files.put(outputDir + base.relativize(file).toString().replace('\\', '/'), file);
  }

  private void error(SourcePos pos, String message, String hint) {
    diagnostics.error("E-MD-005", pos, message, hint);
  }
}
