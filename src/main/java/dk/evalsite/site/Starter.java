package dk.evalsite.site;

import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.content.Chapter;
import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code evalsite new}: a starter site, or a new report with every required field and a narrative
 * per chapter. Every value to fill in is marked TODO, so {@code check} lists each one (W-TODO-001)
 * and nothing else; nothing existing is ever overwritten.
 */
public final class Starter {
  private Starter() {}

  /**
   * A starter site in {@code dir}: content/ with site.yaml, scoring.yaml and one page, and a
   * .gitignore for the output folder and the build cache. Returns the files written.
   */
  public static List<Path> site(Path dir, String language) throws IOException {
    Path content = dir.resolve("content");
    boolean da = language.equals("da");
    List<Path> written = new ArrayList<>();
    write(
        written,
        dir.resolve(".gitignore"),
        "# evalsite's output and its build cache\n/site/\n/.evalsite-cache/\n");
    write(
        written,
        content.resolve("site.yaml"),
        "# yaml-language-server: $schema=https://evalsite.dk/schemas/site.schema.json\n"
            + "title: "
            + (da ? "Evalueringsportalen" : "Evaluation portal")
            + "\nlanguage: "
            + language
            + "\n# base_url: https://evaluering.example.dk/   # for canonical links and sitemap.xml\n"
            + "# time_zone: Europe/Copenhagen               # the zone of dates from git\n");
    try (InputStream in = Starter.class.getResourceAsStream("/dk/evalsite/starter/scoring.yaml")) {
      write(
          written,
          content.resolve("scoring.yaml"),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    write(
        written,
        content.resolve(da ? "pages/om.md" : "pages/about.md"),
        da
            ? "---\ntitle: Om portalen\nweight: 10\n---\n\nTODO: Skriv, hvem der står bag portalen, og hvad den viser.\n"
            : "---\ntitle: About the portal\nweight: 10\n---\n\nTODO: Write who runs the portal and what it shows.\n");
    Files.createDirectories(content.resolve("reports"));
    return written;
  }

  /**
   * A new report {@code slug} in the content folder {@code source}, scored by the parameters of its
   * scoring.yaml. Returns the files written.
   */
  public static List<Path> report(Path source, String slug, String kind, String language)
      throws IOException {
    Diagnostics quiet = new Diagnostics();
    ScoringRules rules =
        new ScoringRulesLoader(quiet)
            .load(source.resolve("scoring.yaml"))
            .orElseThrow(
                () ->
                    new IOException(
                        source.resolve("scoring.yaml")
                            + " cannot be read; run `evalsite check` to see why"));
    Path dir = source.resolve("reports").resolve(slug);
    if (Files.exists(dir)) {
      throw new FileAlreadyExistsException(dir + " already exists");
    }
    boolean da = language.equals("da");
    StringBuilder yaml = new StringBuilder();
    yaml.append("# yaml-language-server: $schema=https://evalsite.dk/schemas/report.schema.json\n")
        .append("# Every TODO is a placeholder: `evalsite check` lists each one (W-TODO-001).\n")
        .append("title: ")
        .append(da ? "\"TODO: Projektets titel\"" : "\"TODO: The project's title\"")
        .append("\nkind: ")
        .append(kind)
        .append("\nlanguage: ")
        .append(language)
        .append("\n# date: 2025-01-31       # publication date; else the first commit's\n")
        .append("draft: true               # TODO: remove when the report is ready to publish\n\n")
        .append("regions:\n")
        .append("  - id: region\n")
        .append("    name: ")
        .append(da ? "\"TODO: Regionens navn\"" : "\"TODO: The region's name\"")
        .append("\n    activity_goals:\n")
        .append(
            "      - {id: A1, label: \"TODO: aktivitetsmål\", target: 1, status: \"-\"}  # TODO: mål og status\n")
        .append("    output_goals:\n")
        .append(
            "      - {id: B1, label: \"TODO: outputmål\", target: 1, status: \"-\"}  # TODO: mål og status\n")
        .append("    effect_goals:\n")
        .append(
            "      - {id: C1, label: \"TODO: effektmål\", target_during: 1, target_after: 1, status: \"-\"}  # TODO\n\n")
        .append("implementation:\n")
        .append("  summary: ")
        .append(
            da
                ? "\"TODO: Sammenfatning af implementeringen.\""
                : "\"TODO: Summary of the implementation.\"")
        .append("\n  parameters:               # TODO: score each parameter 1-5\n");
    for (var p : rules.implementation().parameters()) {
      yaml.append("    - {id: ").append(p.id()).append(", score: 3, finding: \"TODO\"}\n");
    }
    yaml.append("\nattainment:\n  summary: ")
        .append(
            da
                ? "\"TODO: Sammenfatning af målopnåelsen.\""
                : "\"TODO: Summary of goal attainment.\"")
        .append(
            "\n\neffect:\n  light: yellow             # TODO: green, yellow or red\n  justification: ")
        .append(
            da
                ? "\"TODO: Begrundelse for effektvurderingen.\""
                : "\"TODO: Why this effect light.\"")
        .append("\n\nlearning_points:\n  - {title: \"TODO\", text: \"TODO\"}\n");
    List<Path> written = new ArrayList<>();
    write(written, dir.resolve("report.yaml"), yaml.toString());
    for (Chapter chapter : Chapter.narrated()) {
      write(
          written,
          dir.resolve(chapter.id() + ".md"),
          da
              ? "TODO: Skriv kapitlets tekst. Brug `##` til afsnit.\n"
              : "TODO: Write the chapter's text. Use `##` for sections.\n");
    }
    return written;
  }

  private static void write(List<Path> written, Path file, String text) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file + " already exists");
    }
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    written.add(file);
  }
}
