package dk.evalsite.content;

import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.content.SiteSources.ReportSources;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the input files in a fixed, sorted order (so output never depends on the order a filesystem
 * lists folders) and refuses anything that would escape the content folder.
 */
public final class ContentScanner {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern PAGE_SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final Diagnostics diagnostics;

  public ContentScanner(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public Optional<SiteSources> scan(Path root) {
    if (!Files.isDirectory(root)) {
      diagnostics.error(
          "E-CONTENT-001",
          SourcePos.of(root),
          "the content folder does not exist",
          "Run evalsite in a site's folder, or name the folder with --source.");
      return Optional.empty();
    }
    Path site = required(root.resolve("site.yaml"));
    Path scoring = required(root.resolve("scoring.yaml"));
    for (String folder : List.of("reports", "pages")) {
      if (Files.isSymbolicLink(root.resolve(folder))) {
        symlink(root.resolve(folder));
      }
    }
    List<ReportSources> reports =
        Files.isSymbolicLink(root.resolve("reports"))
            ? List.of()
            : reports(root.resolve("reports"));
    List<PageSource> pages =
        Files.isSymbolicLink(root.resolve("pages")) ? List.of() : pages(root.resolve("pages"));
    if (site == null || scoring == null) {
      return Optional.empty();
    }
    return Optional.of(new SiteSources(root, site, scoring, reports, pages));
  }

  private Path required(Path file) {
    if (Files.isSymbolicLink(file)) {
      symlink(file);
      return null;
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      notRegular(file);
      return null;
    }
    if (!Files.isRegularFile(file)) {
      diagnostics.error(
          "E-CONTENT-001",
          SourcePos.of(file),
          "missing " + file.getFileName(),
          "Every site needs site.yaml and scoring.yaml in its content folder; "
              + "copy them from the example site.");
      return null;
    }
    return file;
  }

  private List<ReportSources> reports(Path dir) {
    List<ReportSources> out = new ArrayList<>();
    Map<String, Path> lowerCase = new HashMap<>();
    for (Path folder : sortedChildren(dir)) {
      if (Files.isSymbolicLink(folder)) {
        symlink(folder);
        continue;
      }
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        if (!folder.getFileName().toString().startsWith(".")) {
          diagnostics.warning(
              "W-CONTENT-002",
              SourcePos.of(folder),
              "ignored: reports/ holds one folder per report, not files",
              "Move the file into a report folder, or delete it.");
        }
        continue;
      }
      String slug = folder.getFileName().toString();
      if (!SLUG.matcher(slug).matches()) {
        diagnostics.error(
            "E-CONTENT-002",
            SourcePos.of(folder),
            "report folder name `" + slug + "` is not a valid slug",
            "Use lower-case letters, digits and hyphens; the name becomes the report's web address.");
        continue;
      }
      if (unportable(slug) != null) {
        diagnostics.error(
            "E-CONTENT-002",
            SourcePos.of(folder),
            "report folder name `" + slug + "` " + unportable(slug),
            PORTABLE_HINT);
        continue;
      }
      Path twin = lowerCase.putIfAbsent(slug.toLowerCase(Locale.ROOT), folder);
      if (twin != null) {
        diagnostics.error(
            "E-CONTENT-002",
            SourcePos.of(folder),
            "two report folders differ only in case: " + twin.getFileName(),
            "Rename one; on many systems they would be the same folder.");
        continue;
      }
      Path data = folder.resolve("report.yaml");
      if (Files.isSymbolicLink(data)) {
        symlink(data);
        continue;
      }
      if (Files.exists(data, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(data, LinkOption.NOFOLLOW_LINKS)) {
        notRegular(data);
        continue;
      }
      if (!Files.isRegularFile(data, LinkOption.NOFOLLOW_LINKS)) {
        diagnostics.error(
            "E-CONTENT-001",
            SourcePos.of(data),
            "report folder `" + slug + "` has no report.yaml",
            "Add report.yaml (copy the example report's), or remove the folder.");
        continue;
      }
      out.add(new ReportSources(slug, folder, data, narratives(folder)));
    }
    return List.copyOf(out);
  }

  private Map<Chapter, Path> narratives(Path folder) {
    Map<Chapter, Path> out = new EnumMap<>(Chapter.class);
    for (Path file : sortedChildren(folder)) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".md")) {
        continue;
      }
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isSymbolicLink(file)) {
          diagnostics.error(
              "E-CONTENT-004",
              SourcePos.of(file),
              "narratives must be plain files, not links",
              "Replace the symbolic link with the file itself.");
        } else {
          notRegular(file);
        }
        continue;
      }
      Optional<Chapter> chapter = Chapter.byFileName(name);
      if (chapter.isEmpty()) {
        diagnostics.error(
            "E-CONTENT-003",
            SourcePos.of(file),
            "`" + name + "` is not a chapter of the report template",
            "Name narratives after their chapter: "
                + String.join(", ", Chapter.narrated().stream().map(c -> c.id() + ".md").toList())
                + ".");
        continue;
      }
      out.put(chapter.get(), file);
    }
    return out;
  }

  private List<PageSource> pages(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<PageSource> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          if (Files.isSymbolicLink(file)) {
            diagnostics.error(
                "E-CONTENT-004",
                SourcePos.of(file),
                "pages must be plain files, not links",
                "Replace the symbolic link with the file itself.");
          } else {
            notRegular(file);
          }
          continue;
        }
        String rel = dir.relativize(file).toString().replace('\\', '/');
        String path = rel.substring(0, rel.length() - 3);
        boolean valid = true;
        for (String segment : path.split("/")) {
          valid &= PAGE_SEGMENT.matcher(segment).matches();
        }
        String unportable = null;
        for (String segment : path.split("/")) {
          unportable = unportable == null ? unportable(segment) : unportable;
        }
        if (valid && unportable != null) {
          diagnostics.error(
              "E-CONTENT-002",
              SourcePos.of(file),
              "page `"
                  + rel
                  + "` cannot be published under that name: `"
                  + path
                  + "` "
                  + unportable,
              PORTABLE_HINT);
          continue;
        }
        if (!valid
            || path.equals("index")
            || path.startsWith("reports/")
            || path.startsWith("assets/")
            || path.equals("404")) {
          diagnostics.error(
              "E-CONTENT-002",
              SourcePos.of(file),
              "page `" + rel + "` cannot be published under that name",
              "Use lower-case letters, digits and hyphens, and avoid index, 404, reports/ and assets/.");
          continue;
        }
        out.add(new PageSource(file, path));
      }
    } catch (IOException e) {
      diagnostics.error(
          "E-IO-001",
          SourcePos.of(dir),
          "cannot list the pages: " + e.getMessage(),
          "Check the folder's permissions.");
    }
    return List.copyOf(out);
  }

  /** Device names Windows reserves, in any case and with any extension ("con", "Aux.html"). */
  private static final Pattern RESERVED =
      Pattern.compile(
          "(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\\..*)?");

  static final String PORTABLE_HINT =
      "Rename it: the site must open on Windows and macOS too, which cannot store CON, PRN, AUX,"
          + " NUL, COM0-COM9 or LPT0-LPT9 (with any extension) or names ending in a dot or space.";

  /** Why {@code name} cannot be a file name on Windows (or macOS), or null if it can be. */
  static String unportable(String name) {
    if (RESERVED.matcher(name).matches()) {
      return "is a device name reserved on Windows";
    }
    if (name.endsWith(".") || name.endsWith(" ")) {
      return "ends in a dot or space, which Windows drops";
    }
    return null;
  }

  /** A FIFO, socket, device or folder where a plain file belongs: never opened, as it may block. */
  private void notRegular(Path file) {
    diagnostics.error(
        "E-CONTENT-004",
        SourcePos.of(file),
        "`"
            + file.getFileName()
            + "` is not a regular file but "
            + (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                ? "a folder"
                : "a FIFO, socket or device"),
        "Replace it with a plain file.");
  }

  /** A symbolic link could lead out of the content folder: it is never followed. */
  private void symlink(Path file) {
    diagnostics.error(
        "E-CONTENT-004",
        SourcePos.of(file),
        "`"
            + file.getFileName()
            + "` is a symbolic link; evalsite reads only plain files and folders",
        "Replace the link with the file or folder itself, inside the content folder.");
  }

  private List<Path> sortedChildren(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    } catch (IOException e) {
      diagnostics.error(
          "E-IO-001",
          SourcePos.of(dir),
          "cannot list the folder: " + e.getMessage(),
          "Check the folder's permissions.");
      return List.of();
    }
  }
}
