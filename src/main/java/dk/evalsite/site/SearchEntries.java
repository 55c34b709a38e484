package dk.evalsite.site;

import dk.evalsite.config.GoalKind;
import dk.evalsite.content.Chapter;
import dk.evalsite.render.Formats;
import dk.evalsite.render.Messages;
import dk.evalsite.render.Urls;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.search.PageText;
import dk.evalsite.search.SearchDoc;
import java.util.ArrayList;
import java.util.List;

/**
 * What a unit gives the search index (kept in its {@link UnitRecord}, so a build that renders one
 * report still writes the whole index): each page as its reader sees it, and for a report each goal
 * row, linked to the row's anchor on the page that shows it.
 */
final class SearchEntries {
  private SearchEntries() {}

  /** A page, by the HTML it was rendered to. */
  static SearchDoc page(String path, String html, String kind, String report) {
    PageText text = PageText.of(html);
    return new SearchDoc(
        path, text.lang(), kind, text.title(), report, text.text(), null, null, null);
  }

  /** The kind of hit a report's page is: its landing page, a chapter or the appendix. */
  static String kind(String slug, String path) {
    if (path.equals(Urls.report(slug))) {
      return "report";
    }
    return path.equals(Urls.chapter(slug, Chapter.APPENDIX)) ? "appendix" : "chapter";
  }

  /**
   * The anchor of a goal row in a goals table (figures.ftlh writes it): unique on its page, since a
   * goal id is unique within its kind and region and a figure is placed once.
   */
  static String goalAnchor(String region, GoalKind kind, String goal) {
    return "goal-" + region + "-" + kind.id() + "-" + goal;
  }

  /** A report's goal rows, each linked to the first written page that has the row's anchor. */
  static List<SearchDoc> goals(ReportScore score, Messages msg, List<UnitRecord.Output> written) {
    var report = score.report();
    Formats fmt = new Formats(report.language());
    List<SearchDoc> out = new ArrayList<>();
    for (var region : score.regions()) {
      for (GoalKind kind : GoalKind.values()) {
        for (var row : region.rows(kind)) {
          String anchor = goalAnchor(region.region().id(), kind, row.goal().id());
          String page =
              written.stream()
                  .filter(o -> o.ids().contains(anchor))
                  .map(UnitRecord.Output::path)
                  .findFirst()
                  .orElse(null);
          if (page == null) {
            continue; // a goal no page shows is not found by search either
          }
          String light = row.light() == null ? null : row.light().id();
          out.add(
              new SearchDoc(
                  page + "#" + anchor,
                  report.language(),
                  "goal",
                  row.goal().id() + " " + row.goal().label(),
                  report.title(),
                  region.region().name(),
                  fmt.share(row.share()),
                  light,
                  light == null ? null : msg.get("light." + light)));
        }
      }
    }
    return out;
  }
}
