package dk.evalsite.site;

import dk.evalsite.incremental.Checksum;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.incremental.UnitInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage data: the portfolio as open data, data/reports.* (one row per report) and data/goals.* (one
 * row per goal row), from what each report's unit kept; in slug order, so the bytes depend only on
 * the content. When every row is as the last build wrote it and its files are still there, they are
 * left as they are: an edited narrative changes no row, and writing six tables of a thousand
 * reports again would cost a one-page rebuild a tenth of its time.
 */
final class WriteOpenData implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  WriteOpenData(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    List<OpenDataRows> units =
        site.reports().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> e.getValue().data())
            .filter(java.util.Objects::nonNull)
            .toList();
    Probe<UnitRecord> probe =
        context.cache().probe("data", UnitInputs.of().with("rows", digest(units)));
    UnitRecord record = probe.kept().filter(r -> r.stillIn(context.sink())).orElse(null);
    if (record == null) {
      List<List<String>> reports = new ArrayList<>();
      List<List<String>> goals = new ArrayList<>();
      for (OpenDataRows rows : units) {
        reports.add(rows.report());
        goals.addAll(rows.goals());
      }
      List<OutputFile> files = new ArrayList<>();
      files.addAll(OpenDataFiles.of("reports", OpenDataRows.REPORT_COLUMNS, reports));
      files.addAll(OpenDataFiles.of("goals", OpenDataRows.GOAL_COLUMNS, goals));
      List<UnitRecord.Output> outputs = new ArrayList<>();
      for (OutputFile file : files) {
        outputs.add(new UnitRecord.Output(file.path(), context.sink().put(file), List.of()));
      }
      record = UnitRecord.shared(Map.of()).withOutputs(outputs);
    }
    context.cache().record(probe, record);
    record.outputs().forEach(o -> site.shared(o.path(), o.hash()));
    return Optional.of(site);
  }

  /**
   * A checksum of every cell in order, a row's end and a missing cell told apart (the goal rows as
   * the build cache keeps them, so kept reports' rows need not be split to be summed up).
   */
  private static String digest(List<OpenDataRows> units) {
    StringBuilder all = new StringBuilder(1 << 16);
    for (OpenDataRows rows : units) {
      all.append(OpenDataRows.JoinedRows.join(List.of(rows.report())));
      rows.appendGoals(all);
      all.append('\u001d');
    }
    return Checksum.of(all.toString());
  }
}
