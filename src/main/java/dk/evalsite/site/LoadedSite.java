package dk.evalsite.site;

import dk.evalsite.render.SiteViews.NavPage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The units of a build, loaded now or kept, with the navigation every page shows. */
record LoadedSite(
    Settings settings, List<PageUnit> pages, List<NavPage> nav, List<ReportUnit> reports) {

  LoadedSite withReports(List<ReportUnit> newReports) {
    return new LoadedSite(settings, pages, nav, newReports);
  }

  /** The languages of the published reports, each with the first report written in it. */
  Map<String, String> reportOfEachLanguage() {
    Map<String, String> languages = new TreeMap<>();
    for (ReportUnit r : reports) {
      if (r.language() != null) {
        languages.putIfAbsent(r.language(), r.slug());
      }
    }
    return languages;
  }

  /** Every language a page of the site is in: the site's, the reports' and the pages'. */
  java.util.SortedSet<String> languages() {
    java.util.SortedSet<String> languages =
        new java.util.TreeSet<>(reportOfEachLanguage().keySet());
    languages.add(settings.config().language());
    pages.stream()
        .map(PageUnit::meta)
        .filter(m -> m != null)
        .forEach(m -> languages.add(m.language()));
    return languages;
  }
}
