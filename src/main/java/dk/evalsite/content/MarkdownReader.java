package dk.evalsite.content;

import dk.evalsite.config.LocalText;
import dk.evalsite.config.LocalTexts;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.Translation;
import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.InputFiles;
import dk.evalsite.yaml.YamlNode;
import dk.evalsite.yaml.YamlReader;
import java.nio.file.Path;
import java.util.Optional;

/** Reads Markdown files: narratives (no front matter) and pages (front matter with a title). */
public final class MarkdownReader {
  /** The largest Markdown file read; {@link MarkdownLimits} are chosen for it. */
  static final long MAX_BYTES = 256L * 1024;

  private final MarkdownRenderer renderer;
  private final Diagnostics diagnostics;

  public MarkdownReader(MarkdownRenderer renderer, Diagnostics diagnostics) {
    this.renderer = renderer;
    this.diagnostics = diagnostics;
  }

  public Optional<MarkdownDocument> narrative(Path file) {
    return text(file)
        .map(
            text -> {
              FrontMatter fm = FrontMatter.split(text);
              if (fm.hasYaml()) {
                diagnostics.warning(
                    "W-CONTENT-003",
                    new SourcePos(file, 1, 1),
                    "front matter in a narrative is ignored",
                    "Chapter titles come from the theme; remove the --- block.");
              }
              return renderer.render(file, fm.body(), fm.bodyLine(), diagnostics);
            });
  }

  public Optional<Page> page(PageSource source) {
    Optional<String> text = text(source.file());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = FrontMatter.split(text.get());
    LocalText title = null;
    String language = null;
    Translation translation = null;
    String description = null;
    int weight = 0;
    boolean draft = false;
    java.time.LocalDate date = null;
    java.time.LocalDate updated = null;
    if (fm.hasYaml()) {
      Optional<YamlNode> node = new YamlReader(diagnostics).parse(source.file(), fm.yaml(), 1);
      Fields f = node.map(n -> Fields.of(n, diagnostics, "the front matter")).orElse(null);
      if (f != null) {
        title = LocalTexts.read(f, "title", true, diagnostics);
        language = f.choice("language", false, SiteConfig.LANGUAGES);
        String twin = f.string("translation", false);
        translation = twin == null ? null : Translation.of(twin, f.pos("translation"));
        description = f.string("description", false);
        Integer w = f.integer("weight", false);
        weight = w == null ? 0 : w;
        draft = Boolean.TRUE.equals(f.bool("draft"));
        date = f.date("date", false);
        updated = f.date("updated", false);
        f.finish();
      }
    } else {
      diagnostics.error(
          "E-CONTENT-005",
          new SourcePos(source.file(), 1, 1),
          "a page needs front matter with a title",
          "Start the file with three lines: `---`, `title: Om portalen`, `---`.");
    }
    MarkdownDocument doc = renderer.render(source.file(), fm.body(), fm.bodyLine(), diagnostics);
    for (var segment : doc.segments()) {
      if (segment instanceof MarkdownDocument.FigureRef ref) {
        diagnostics.error(
            "E-MD-002",
            ref.pos(),
            "figures belong in report narratives, not in pages",
            "Remove the directive, or move the text into a report chapter.");
      }
    }
    return title == null
        ? Optional.empty()
        : Optional.of(
            new Page(
                source.path(),
                title,
                description,
                language,
                weight,
                draft,
                translation,
                doc,
                dk.evalsite.history.Dates.stated(date, updated)));
  }

  private Optional<String> text(Path file) {
    return InputFiles.readText(
        file,
        MAX_BYTES,
        new InputFiles.SizeError("E-CONTENT-006", "Split it into smaller chapters or pages."),
        diagnostics);
  }
}
