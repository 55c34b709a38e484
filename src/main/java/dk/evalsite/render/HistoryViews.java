package dk.evalsite.render;

import dk.evalsite.data.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's revision history page. A revision that changes a printed figure or light is always
 * listed, with every change; a change note ({@code changes:} in report.yaml) is shown with the
 * revisions of its day, or on its own when none was made that day; revisions that change only prose
 * and have no note are counted as minor edits.
 */
public final class HistoryViews {
  /** A revision as the history reads it: its day, whether it first published the report. */
  public record Revision(LocalDate date, boolean first, List<Moved> changes) {}

  /** A printed figure a revision changed; {@code goal} and {@code region} null when report-wide. */
  public record Moved(String goal, String region, String field, String old, String now) {}

  private HistoryViews() {}

  /**
   * The page at {@code path} of {@code report}, with {@code revisions}; it links the history page
   * of the report's translation {@code twin} (null for none), built alongside.
   */
  static PageView page(
      String path,
      Report report,
      Messages msg,
      SiteViews site,
      List<Revision> revisions,
      Twin twin) {
    Formats fmt = new Formats(msg.language());
    Map<String, String> regions = new HashMap<>();
    report.regions().forEach(r -> regions.put(r.id(), r.name()));
    Map<LocalDate, List<String>> notes = new java.util.TreeMap<>();
    for (Report.ChangeNote n : report.changeNotes()) {
      notes.computeIfAbsent(n.date(), d -> new ArrayList<>()).add(n.note());
    }
    record Entry(LocalDate date, RevisionView view) {}
    List<Entry> entries = new ArrayList<>();
    java.util.Set<LocalDate> noted = new java.util.HashSet<>();
    int minor = 0;
    for (Revision r : revisions) {
      List<String> note = noted.contains(r.date()) ? null : notes.get(r.date());
      if (!r.first() && r.changes().isEmpty() && note == null) {
        minor++;
        continue;
      }
      if (note != null) {
        noted.add(r.date());
      }
      List<RevisionChangeView> changes = new ArrayList<>();
      for (Moved m : r.changes()) {
        changes.add(change(m, regions, msg));
      }
      entries.add(
          new Entry(
              r.date(),
              new RevisionView(
                  fmt.date(r.date()),
                  r.date().toString(),
                  note == null ? null : String.join(" ", note),
                  r.first(),
                  changes)));
    }
    notes.forEach(
        (day, text) -> {
          if (!noted.contains(day)) {
            entries.add(
                new Entry(
                    day,
                    new RevisionView(
                        fmt.date(day), day.toString(), String.join(" ", text), false, List.of())));
          }
        });
    // Newest first; revisions of one day keep the order of the history.
    List<Entry> sorted = new ArrayList<>(entries);
    java.util.Collections.reverse(sorted);
    sorted.sort(Comparator.comparing(Entry::date).reversed());
    String title = msg.get("history.title") + " – " + report.title();
    List<CrumbView> crumbs = site.crumbs(path, report.title(), Urls.report(report.slug()), msg);
    crumbs.add(new CrumbView(msg.get("history.title"), null));
    PageInfoView info =
        site.page(
            path,
            title,
            msg.get("history.description"),
            msg,
            report.draft(),
            crumbs,
            twin,
            twin == null ? null : Urls.history(twin.id()));
    return new PageView(
        path,
        new HistoryPageView(
            site.site(msg.language()),
            info,
            msg.asMap(),
            report.title(),
            Urls.relative(path, Urls.report(report.slug())),
            sorted.stream().map(Entry::view).toList(),
            minor == 0
                ? null
                : msg.format(
                    minor == 1 ? "history.minor.one" : "history.minor.other", fmt.integer(minor))));
  }

  private static RevisionChangeView change(Moved m, Map<String, String> regions, Messages msg) {
    List<String> where = new ArrayList<>();
    if (m.goal() != null) {
      where.add(m.goal());
    }
    if (m.region() != null) {
      where.add(regions.getOrDefault(m.region(), m.region()));
    }
    where.add(msg.get("history.field." + m.field()));
    return new RevisionChangeView(
        String.join(", ", where), m.old() == null ? "–" : m.old(), m.now() == null ? "–" : m.now());
  }
}
