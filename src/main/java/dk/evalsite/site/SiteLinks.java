package dk.evalsite.site;

import dk.evalsite.content.Chapter;
import dk.evalsite.content.LinkedFiles;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.Page;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.render.Urls;
import dk.evalsite.validate.LinkChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The links of the Markdown documents: the images and attachments they publish, and the check that
 * every link leads somewhere in the site as built.
 */
final class SiteLinks {
  private final Diagnostics diagnostics;

  SiteLinks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The images and attachments the documents link to, read from the content folder. */
  List<OutputFile> linkedFiles(Path source, SiteBuilder.Loaded site) {
    LinkedFiles linked = new LinkedFiles(diagnostics);
    for (SiteBuilder.ScoredReport report : site.reports()) {
      String slug = report.score().report().slug();
      for (MarkdownDocument doc : report.narratives().values()) {
        linked.collect(doc, doc.source().toAbsolutePath().getParent(), "reports/" + slug + "/");
      }
    }
    for (Page page : site.pages()) {
      linked.collect(page.document(), source.resolve("pages"), "");
    }
    List<OutputFile> out = new ArrayList<>();
    for (LinkedFiles.LinkedFile file : linked.files()) {
      read(file.source()).ifPresent(bytes -> out.add(new OutputFile(file.path(), bytes)));
    }
    return out;
  }

  /** Checks every link of every document against {@code files}, the whole site. */
  void check(SiteBuilder.Loaded site, List<OutputFile> files) {
    List<LinkChecker.Source> sources = new ArrayList<>();
    for (SiteBuilder.ScoredReport report : site.reports()) {
      String slug = report.score().report().slug();
      for (Map.Entry<Chapter, MarkdownDocument> e : report.narratives().entrySet()) {
        sources.add(new LinkChecker.Source(Urls.chapter(slug, e.getKey()), e.getValue()));
      }
    }
    for (Page page : site.pages()) {
      sources.add(new LinkChecker.Source(Urls.page(page.path()), page.document()));
    }
    // The checker reads the text of only the pages links point into; decode those on demand.
    Map<String, OutputFile> byPath = new java.util.HashMap<>();
    files.forEach(f -> byPath.put(f.path(), f));
    Map<String, String> texts =
        new java.util.AbstractMap<>() {
          @Override
          public boolean containsKey(Object key) {
            return byPath.containsKey(key);
          }

          @Override
          public String get(Object key) {
            OutputFile file = byPath.get(key);
            return file == null || !file.path().endsWith(".html")
                ? null
                : new String(file.bytes(), StandardCharsets.UTF_8);
          }

          @Override
          public java.util.Set<Map.Entry<String, String>> entrySet() {
            java.util.Set<Map.Entry<String, String>> entries = new java.util.LinkedHashSet<>();
            byPath
                .keySet()
                .forEach(k -> entries.add(new java.util.AbstractMap.SimpleEntry<>(k, null)));
            return entries;
          }

          @Override
          public java.util.Set<String> keySet() {
            return byPath.keySet();
          }
        };
    new LinkChecker(diagnostics).check(sources, texts);
  }

  private Optional<byte[]> read(Path file) {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      diagnostics.error(
          "E-IO-001",
          SourcePos.of(file),
          "cannot read the file: " + e.getMessage(),
          "Check that the file exists and is readable.");
      return Optional.empty();
    }
  }
}
