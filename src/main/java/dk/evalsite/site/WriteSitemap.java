package dk.evalsite.site;

import dk.evalsite.content.Chapter;
import dk.evalsite.render.Urls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stage sitemap: sitemap.xml of every page but 404.html, when site.yaml gives the site's address,
 * with the languages of each page that has a twin.
 */
final class WriteSitemap implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  WriteSitemap(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    String baseUrl = site.loaded().settings().config().baseUrl();
    if (baseUrl != null) {
      List<String> pages =
          site.files().keySet().stream()
              .filter(p -> p.endsWith(".html") && !p.equals(Urls.notFound()))
              .toList();
      OutputFile sitemap =
          OutputFile.text(
              "sitemap.xml",
              Sitemap.of(baseUrl, pages, alternates(site.loaded()), lastmod(site.loaded(), pages)));
      site.shared(sitemap.path(), context.sink().put(sitemap));
    }
    return Optional.of(site);
  }

  /**
   * The date of the last change of each page whose date is known: a report's pages share the
   * report's, a documentation page has its own.
   */
  static Map<String, String> lastmod(LoadedSite loaded, List<String> pages) {
    Map<String, String> byFolder = new TreeMap<>();
    for (ReportUnit r : loaded.reports()) {
      dk.evalsite.history.Dates dates =
          r.kept() != null
              ? r.kept().summary() == null ? null : r.kept().summary().dates()
              : r.report() == null ? null : r.report().dates();
      String last = last(dates);
      if (last != null) {
        byFolder.put("reports/" + r.slug() + "/", last);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String page : pages) {
      int slash = page.startsWith("reports/") ? page.indexOf('/', "reports/".length()) : -1;
      if (slash > 0 && byFolder.containsKey(page.substring(0, slash + 1))) {
        out.put(page, byFolder.get(page.substring(0, slash + 1)));
      }
    }
    for (PageUnit p : loaded.pages()) {
      String last = p.meta() == null ? null : last(p.meta().dates());
      if (last != null) {
        out.put(Urls.page(p.source().path()), last);
      }
    }
    return out;
  }

  private static String last(dk.evalsite.history.Dates dates) {
    if (dates == null) {
      return null;
    }
    var day = dates.updated() != null ? dates.updated() : dates.published();
    return day == null ? null : day.toString();
  }

  /** Every page of a report or page with a twin: the path of each of its languages. */
  static Map<String, Map<String, String>> alternates(LoadedSite loaded) {
    String siteLanguage = loaded.settings().config().language();
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (ReportUnit r : loaded.reports()) {
      if (r.twin() != null && r.language() != null) {
        for (Chapter chapter : Chapter.values()) {
          add(
              out,
              siteLanguage,
              Urls.chapter(r.slug(), chapter),
              r.language(),
              Urls.chapter(r.twin().id(), chapter),
              r.twin().language());
        }
      }
    }
    for (PageUnit p : loaded.pages()) {
      if (p.twin() != null && p.meta() != null) {
        add(
            out,
            siteLanguage,
            Urls.page(p.source().path()),
            p.meta().language(),
            Urls.page(p.twin().id()),
            p.twin().language());
      }
    }
    return out;
  }

  private static void add(
      Map<String, Map<String, String>> out,
      String siteLanguage,
      String self,
      String language,
      String twin,
      String twinLanguage) {
    Map<String, String> languages = new TreeMap<>();
    languages.put(language, self);
    languages.put(twinLanguage, twin);
    if (language.equals(siteLanguage) || twinLanguage.equals(siteLanguage)) {
      languages.put("x-default", language.equals(siteLanguage) ? self : twin);
    }
    out.put(self, languages);
  }
}
