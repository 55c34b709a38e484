package dk.evalsite.diff;

import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.render.Theme;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Scorer;
import dk.evalsite.validate.ReportChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A site at one revision, loaded and scored the way a build does it, from the files of that
 * revision: every report's printed figures and narratives. A file that is missing or invalid at
 * that revision makes its report (or, for site.yaml and scoring.yaml, every report) "broken" with
 * the problems listed, never a crash.
 */
public record Revision(String name, Map<String, ReportFigures> reports, List<String> problems) {

  /**
   * Loads {@code files}; {@code source} is the content folder as the user named it, for the paths
   * in problems, and where a theme named by site.yaml is looked up.
   */
  public static Revision load(ContentFiles files, Path source) throws IOException {
    return load(files, source, slug -> true, null);
  }

  /**
   * Loads the reports of {@code files} that {@code which} accepts; their light words come from
   * {@code messages} (the theme site.yaml names when null).
   */
  public static Revision load(
      ContentFiles files,
      Path source,
      java.util.function.Predicate<String> which,
      java.util.function.Function<String, dk.evalsite.render.Messages> messages)
      throws IOException {
    SortedSet<String> paths = files.paths();
    List<String> siteProblems = new ArrayList<>();
    Diagnostics d = new Diagnostics();
    Optional<SiteConfig> config =
        text(files, "site.yaml", siteProblems)
            .flatMap(t -> new SiteConfigLoader(d).loadText(source.resolve("site.yaml"), t));
    Optional<ScoringRules> rules =
        text(files, "scoring.yaml", siteProblems)
            .flatMap(t -> new ScoringRulesLoader(d).loadText(source.resolve("scoring.yaml"), t));
    siteProblems.addAll(errors(d, files.name()));
    java.util.function.Function<String, dk.evalsite.render.Messages> words =
        messages != null ? messages : theme(config)::messages;
    String language = config.map(SiteConfig::language).orElse("da");
    Map<String, ReportFigures> reports = new TreeMap<>();
    for (String slug : slugs(paths)) {
      if (!which.test(slug)) {
        continue;
      }
      String file = "reports/" + slug + "/report.yaml";
      Map<String, String> narratives = new TreeMap<>();
      for (String p : paths) {
        if (p.startsWith("reports/" + slug + "/")
            && p.endsWith(".md")
            && p.indexOf('/', 9 + slug.length()) < 0) {
          files.read(p).ifPresent(t -> narratives.put(p.substring(p.lastIndexOf('/') + 1), t));
        }
      }
      List<String> problems = new ArrayList<>(siteProblems);
      Optional<String> yaml = text(files, file, problems);
      List<Figure> figures = List.of();
      String title = slug;
      if (problems.isEmpty() && rules.isPresent()) {
        Diagnostics own = new Diagnostics();
        Optional<Report> report =
            new ReportLoader(own).loadText(slug, source.resolve(file), yaml.get(), language);
        if (report.isPresent()) {
          new ReportChecker(rules.get(), own).checkData(report.get());
        }
        problems.addAll(errors(own, files.name()));
        if (problems.isEmpty()) {
          ReportScore score = new Scorer(rules.get()).score(report.get());
          figures = FigureSheet.of(score, words.apply(report.get().language()));
          title = report.get().title();
        }
      }
      reports.put(
          slug,
          new ReportFigures(slug, title, file, figures, narratives, problems, yaml.orElse("")));
    }
    return new Revision(files.name(), reports, siteProblems);
  }

  private static Theme theme(Optional<SiteConfig> config) {
    return Theme.open(
            config.map(SiteConfig::theme).orElse(null), SiteConfig.LANGUAGES, new Diagnostics())
        .or(() -> Theme.open(null, SiteConfig.LANGUAGES, new Diagnostics()))
        .orElseThrow();
  }

  /** Report folders: those with a report.yaml or a narrative. */
  private static SortedSet<String> slugs(SortedSet<String> paths) {
    SortedSet<String> out = new java.util.TreeSet<>();
    for (String p : paths) {
      String[] parts = p.split("/");
      if (parts.length == 3
          && parts[0].equals("reports")
          && (parts[2].equals("report.yaml") || parts[2].endsWith(".md"))) {
        out.add(parts[1]);
      }
    }
    return out;
  }

  private static Optional<String> text(ContentFiles files, String path, List<String> problems)
      throws IOException {
    Optional<String> text;
    try {
      text = files.read(path);
    } catch (IOException e) {
      problems.add(path + ": cannot be read at " + files.name() + " (" + e.getMessage() + ")");
      return Optional.empty();
    }
    if (text.isEmpty()) {
      problems.add(path + " is missing at " + files.name());
    }
    return text;
  }

  private static List<String> errors(Diagnostics d, String revision) {
    return d.sorted().stream()
        .filter(Diagnostic::isError)
        .map(
            x ->
                x.pos().file()
                    + ":"
                    + x.pos().line()
                    + ":"
                    + x.pos().column()
                    + ": error["
                    + x.code()
                    + "] at "
                    + revision
                    + ": "
                    + x.message())
        .toList();
  }
}
