package dk.evalsite.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage data: the portfolio as open data, data/reports.* (one row per report) and data/goals.* (one
 * row per goal row), from what each report's unit kept; in slug order, so the bytes depend only on
 * the content.
 */
final class WriteOpenData implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  WriteOpenData(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    List<List<String>> reports = new ArrayList<>();
    List<List<String>> goals = new ArrayList<>();
    site.reports().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getValue().data())
        .filter(java.util.Objects::nonNull)
        .forEach(
            rows -> {
              reports.add(rows.report());
              goals.addAll(rows.goals());
            });
    List<OutputFile> files = new ArrayList<>();
    files.addAll(OpenDataFiles.of("reports", OpenDataRows.REPORT_COLUMNS, reports));
    files.addAll(OpenDataFiles.of("goals", OpenDataRows.GOAL_COLUMNS, goals));
    for (OutputFile file : files) {
      site.shared(file.path(), context.sink().put(file));
    }
    return Optional.of(site);
  }
}
