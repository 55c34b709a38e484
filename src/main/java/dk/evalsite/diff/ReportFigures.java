package dk.evalsite.diff;

import java.util.List;
import java.util.Map;

/**
 * What one report prints at one revision: its figures in reading order, its narratives by file
 * name, and the problems that kept it from being scored (empty figures then). {@code file} is its
 * report.yaml, relative to the content folder; {@code yaml} its text.
 */
public record ReportFigures(
    String slug,
    String title,
    String file,
    List<Figure> figures,
    Map<String, String> narratives,
    List<String> problems,
    String yaml) {

  public ReportFigures {
    figures = List.copyOf(figures);
    narratives = Map.copyOf(narratives);
    problems = List.copyOf(problems);
    yaml = yaml == null ? "" : yaml;
  }

  boolean broken() {
    return !problems.isEmpty();
  }
}
