package dk.evalsite.render;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.scoring.ReportSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What every page shares (site title, navigation, breadcrumbs), the site index and doc pages. */
public final class SiteViews {
  private final SiteConfig config;
  private final List<NavPage> navPages;
  private final Messages siteMessages;

  /** A documentation page in the navigation. */
  public record NavPage(String path, String title) {}

  public SiteViews(SiteConfig config, List<NavPage> navPages, Messages siteMessages) {
    this.config = config;
    this.navPages = List.copyOf(navPages);
    this.siteMessages = siteMessages;
  }

  Model common(
      Model m,
      String path,
      String title,
      Messages msg,
      boolean draft,
      List<Map<String, Object>> crumbs) {
    String root = Urls.root(path);
    m.put(
        "site",
        Model.of()
            .put("title", config.title())
            .put("description", config.description())
            .put("lang", config.language())
            .map());
    m.put("lang", msg.language()).put("msg", msg.asMap()).put("root", root).put("path", path);
    m.put("pageTitle", title).put("draft", draft);
    if (config.baseUrl() != null) {
      m.put("canonical", config.baseUrl() + path.replaceAll("(^|/)index\\.html$", "$1"));
    }
    List<Map<String, Object>> nav = new ArrayList<>();
    nav.add(
        Model.of()
            .put("title", msg.get("nav.reports"))
            .put("lang", msg.language())
            .put("url", root + Urls.index())
            .put("current", path.equals(Urls.index()) || path.startsWith("reports/"))
            .map());
    for (NavPage page : navPages) {
      nav.add(
          Model.of()
              .put("title", page.title())
              .put("lang", config.language())
              .put("url", root + Urls.page(page.path()))
              .put("current", path.equals(Urls.page(page.path())))
              .map());
    }
    m.put("nav", nav);
    m.put("breadcrumbs", crumbs);
    return m;
  }

  /**
   * Breadcrumbs from the site index down to {@code title} at {@code url} (linked unless current).
   */
  List<Map<String, Object>> crumbs(String from, String title, String url) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        Model.of()
            .put("title", siteMessages.get("nav.home"))
            .put("url", Urls.relative(from, Urls.index()))
            .map());
    Model last = Model.of().put("title", title);
    if (!from.equals(url)) {
      last.put("url", Urls.relative(from, url));
    }
    out.add(last.map());
    return out;
  }

  /** The site index: every published report with its three lights. */
  public ReportViews.PageView index(List<ReportSummary> reports, ChartRenderer charts) {
    String path = Urls.index();
    Messages msg = siteMessages;
    List<Map<String, Object>> cards = new ArrayList<>();
    for (ReportSummary report : reports) {
      Badges badges = new Badges(msg);
      Formats fmt = new Formats(msg.language());
      String kind = msg.get("kind." + report.kind().id());
      List<Map<String, Object>> lights = new ArrayList<>();
      BigDecimal mean = report.implementationMean();
      lights.add(
          light(
              "implementation",
              msg,
              badges.badge(report.implementationLight()),
              mean == null ? null : fmt.fixed(mean, mean.scale())));
      lights.add(
          light(
              "attainment",
              msg,
              badges.badge(report.attainmentLight()),
              report.attainmentPercent() == null ? null : fmt.percent(report.attainmentPercent())));
      lights.add(light("effect", msg, badges.badge(report.effectLight()), null));
      cards.add(
          Model.of()
              .put("title", report.title())
              .put("url", Urls.report(report.slug()))
              .put("lang", report.language())
              .put(
                  "meta", report.grantHolder() == null ? kind : kind + " · " + report.grantHolder())
              .put("lights", lights)
              .put("draft", report.draft())
              .map());
    }
    Model m = Model.of().put("reports", cards);
    if (!reports.isEmpty()) {
      m.put("portfolio", charts.svg(ChartViews.portfolio(reports, msg)));
    }
    List<Map<String, Object>> crumbs = List.of();
    return new ReportViews.PageView(
        path, "index.ftlh", common(m, path, config.title(), msg, false, crumbs).map());
  }

  private static Map<String, Object> light(
      String verdict, Messages msg, Map<String, Object> badge, String figure) {
    return Model.of()
        .put("verdict", verdict)
        .put("title", msg.get("verdict.short." + verdict))
        .put("badge", badge)
        .put("figure", figure)
        .map();
  }

  /** A documentation page from content/pages. */
  public ReportViews.PageView page(
      String pagePath, String title, boolean draft, MarkdownDocument doc) {
    String path = Urls.page(pagePath);
    StringBuilder html = new StringBuilder();
    for (var segment : doc.segments()) {
      if (segment instanceof MarkdownDocument.Html h) {
        html.append(h.html());
      }
    }
    Model m = Model.of().put("html", html.toString());
    return new ReportViews.PageView(
        path,
        "page.ftlh",
        common(m, path, title, siteMessages, draft, crumbs(path, title, path)).map());
  }
}
