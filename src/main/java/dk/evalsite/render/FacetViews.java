package dk.evalsite.render;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.render.Facets.Facet;
import dk.evalsite.render.Facets.Group;
import dk.evalsite.render.SiteViews.Evaluation;
import dk.evalsite.scoring.ReportSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facet pages: an overview of every facet's values with their counts (facets/index.html) and
 * one page per value (facets/&lt;facet&gt;/&lt;slug&gt;/index.html, paged like the index) with its
 * light chart and cards. In the site's language, as the index is; a value is the report's own text,
 * and an evaluation with a translation counts once, as the report whose card the index shows.
 */
public final class FacetViews {
  private final SiteViews site;

  public FacetViews(SiteViews site) {
    this.site = site;
  }

  /** The facet overview. */
  public static String overview() {
    return "facets/index.html";
  }

  /** The first page of value {@code slug} of {@code facet}. */
  public static String value(Facet facet, String slug) {
    return "facets/" + facet.id() + "/" + slug + "/" + Urls.index();
  }

  /** The links of the index's "browse by" block: each facet on the overview, and the table. */
  static List<LinkView> browse(String from, Messages msg) {
    List<LinkView> links = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      links.add(
          new LinkView(
              msg.get("facet." + facet.id()),
              Urls.relative(from, overview()) + "#" + facet.id(),
              msg.language()));
    }
    links.add(
        new LinkView(
            msg.get("table.title"), Urls.relative(from, TableViews.first()), msg.language()));
    return links;
  }

  /** The overview and every value's pages, over the reports of {@code reports}. */
  public List<PageView> pages(
      List<ReportSummary> reports, Map<String, String> twins, ChartRenderer charts) {
    Messages msg = site.siteMessages();
    List<Evaluation> evaluations = site.evaluations(reports, twins);
    Map<String, Evaluation> bySlug = new HashMap<>();
    evaluations.forEach(e -> bySlug.put(e.report().slug(), e));
    Map<Facet, List<Group>> groups =
        Facets.group(evaluations.stream().map(Evaluation::report).toList());
    List<PageView> pages = new ArrayList<>();
    List<FacetListView> facets = new ArrayList<>();
    String path = overview();
    for (Map.Entry<Facet, List<Group>> e : groups.entrySet()) {
      List<FacetValueView> values = new ArrayList<>();
      for (Group group : e.getValue()) {
        Label label = label(group, msg);
        values.add(
            new FacetValueView(
                label.text(),
                label.lang(),
                Urls.relative(path, value(group.facet(), group.slug())),
                count(msg, group.reports().size())));
        List<Evaluation> members = group.reports().stream().map(r -> bySlug.get(r.slug())).toList();
        pages.addAll(valuePages(group, label, members, msg, charts));
      }
      facets.add(new FacetListView(e.getKey().id(), msg.get("facet." + e.getKey().id()), values));
    }
    String title = msg.get("facet.overview");
    pages.add(
        0,
        new PageView(
            path,
            new FacetsPageView(
                site.site(msg.language()),
                site.page(
                    path,
                    title,
                    msg.get("facet.overview.description"),
                    msg,
                    false,
                    site.crumbs(path, title, path, msg),
                    null,
                    null),
                msg.asMap(),
                facets,
                Urls.relative(path, TableViews.first()))));
    return pages;
  }

  private List<PageView> valuePages(
      Group group, Label label, List<Evaluation> members, Messages msg, ChartRenderer charts) {
    String facetName = msg.get("facet." + group.facet().id());
    String heading = msg.format("facet.value_title", facetName, label.text());
    String chart =
        charts.svg(ChartViews.portfolio(members.stream().map(Evaluation::report).toList(), msg));
    int per = SiteViews.CARDS_PER_PAGE;
    int total = Math.max(1, (members.size() + per - 1) / per);
    String folder = "facets/" + group.facet().id() + "/" + group.slug() + "/";
    List<PageView> pages = new ArrayList<>();
    for (int number = 1; number <= total; number++) {
      String path = folder + Urls.index(number);
      List<ReportCardView> cards = new ArrayList<>();
      for (int i = (number - 1) * per; i < Math.min(members.size(), number * per); i++) {
        cards.add(site.card(path, members.get(i)));
      }
      String title =
          number == 1
              ? heading
              : msg.format(
                  "facet.page_title", heading, String.valueOf(number), String.valueOf(total));
      List<CrumbView> crumbs = new ArrayList<>();
      crumbs.add(new CrumbView(msg.get("nav.home"), Urls.relative(path, Urls.index())));
      crumbs.add(new CrumbView(msg.get("facet.overview"), Urls.relative(path, overview())));
      crumbs.add(
          new CrumbView(facetName, Urls.relative(path, overview()) + "#" + group.facet().id()));
      crumbs.add(new CrumbView(label.text(), null));
      pages.add(
          new PageView(
              path,
              new FacetPageView(
                  site.site(msg.language()),
                  site.page(
                      path,
                      title,
                      msg.format("facet.value_description", heading, count(msg, members.size())),
                      msg,
                      false,
                      crumbs,
                      null,
                      null),
                  msg.asMap(),
                  facetName,
                  label.text(),
                  label.lang(),
                  count(msg, members.size()),
                  number == 1 ? chart : null,
                  cards,
                  total == 1 ? null : SiteViews.pager(msg, number, total))));
    }
    return pages;
  }

  /** A value as the page shows it, and its language when it is not the page's. */
  private record Label(String text, String lang) {}

  private static Label label(Group group, Messages msg) {
    String key = group.key();
    return switch (group.facet()) {
      case KIND -> new Label(msg.get("kind." + key), null);
      case YEAR -> new Label(key.equals(Facets.UNDATED) ? msg.get("facet.undated") : key, null);
      case IMPLEMENTATION, ATTAINMENT, EFFECT -> new Label(msg.get("light." + key), null);
      default -> {
        String language = group.reports().get(0).language();
        yield new Label(key, language.equals(msg.language()) ? null : language);
      }
    };
  }

  /** "1 rapport", "12 rapporter", "1.000 rapporter". */
  static String count(Messages msg, int n) {
    return msg.format(
        n == 1 ? "facet.count.one" : "facet.count.other", new Formats(msg.language()).integer(n));
  }
}
