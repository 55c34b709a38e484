package dk.evalsite.render;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.scoring.ReportSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What every page shares (site title, navigation, breadcrumbs), the site index and doc pages. */
public final class SiteViews {
  private final SiteConfig config;
  private final List<NavPage> navPages;
  private final Messages siteMessages;
  private final List<String> stylesheets;

  /** A documentation page in the navigation. */
  public record NavPage(String path, String title) {}

  /**
   * Views for a site whose theme adds {@code stylesheets} (paths below assets/, see {@link
   * Theme#stylesheets()}) to every page after style.css.
   */
  public SiteViews(
      SiteConfig config, List<NavPage> navPages, Messages siteMessages, List<String> stylesheets) {
    this.config = config;
    this.navPages = List.copyOf(navPages);
    this.siteMessages = siteMessages;
    this.stylesheets = List.copyOf(stylesheets);
  }

  SiteView site() {
    return new SiteView(config.title(), config.description(), config.language());
  }

  /** The absolute address of the page at {@code path}; null when site.yaml has no base URL. */
  String canonical(String path) {
    return config.baseUrl() == null
        ? null
        : config.baseUrl() + path.replaceAll("(^|/)index\\.html$", "$1");
  }

  /** The frame of the page at {@code path}, titled {@code title}, in {@code msg}'s language. */
  PageInfoView page(
      String path,
      String title,
      String description,
      Messages msg,
      boolean draft,
      List<CrumbView> crumbs) {
    return frame(path, Urls.root(path), title, description, msg, draft, crumbs);
  }

  /** The frame of a page whose links start with {@code root}. */
  private PageInfoView frame(
      String path,
      String root,
      String title,
      String description,
      Messages msg,
      boolean draft,
      List<CrumbView> crumbs) {
    String canonical = path.equals(Urls.notFound()) ? null : canonical(path);
    List<NavItemView> nav = new ArrayList<>();
    nav.add(
        new NavItemView(
            msg.get("nav.reports"),
            msg.language(),
            root + Urls.index(),
            path.equals(Urls.index()) || path.startsWith("reports/")));
    for (NavPage page : navPages) {
      nav.add(
          new NavItemView(
              page.title(),
              config.language(),
              root + Urls.page(page.path()),
              path.equals(Urls.page(page.path()))));
    }
    return new PageInfoView(
        msg.language(),
        title,
        Summaries.of(description),
        root,
        path,
        draft,
        canonical,
        nav,
        crumbs,
        stylesheets.stream().map(s -> root + "assets/" + s).toList());
  }

  /**
   * Breadcrumbs from the site index down to {@code title} at {@code url} (linked unless current).
   */
  List<CrumbView> crumbs(String from, String title, String url) {
    List<CrumbView> out = new ArrayList<>();
    out.add(new CrumbView(siteMessages.get("nav.home"), Urls.relative(from, Urls.index())));
    out.add(new CrumbView(title, from.equals(url) ? null : Urls.relative(from, url)));
    return out;
  }

  /** The site index: every published report with its three lights. */
  public PageView index(List<ReportSummary> reports, ChartRenderer charts) {
    String path = Urls.index();
    Messages msg = siteMessages;
    Badges badges = new Badges(msg);
    Formats fmt = new Formats(msg.language());
    List<ReportCardView> cards = new ArrayList<>();
    for (ReportSummary report : reports) {
      String kind = msg.get("kind." + report.kind().id());
      List<CardLightView> lights = new ArrayList<>();
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
          new ReportCardView(
              report.title(),
              Urls.report(report.slug()),
              report.language(),
              report.grantHolder() == null ? kind : kind + " · " + report.grantHolder(),
              lights,
              report.draft()));
    }
    String portfolio = reports.isEmpty() ? null : charts.svg(ChartViews.portfolio(reports, msg));
    return new PageView(
        path,
        new IndexPageView(
            site(),
            page(path, config.title(), config.description(), msg, false, List.of()),
            msg.asMap(),
            cards,
            portfolio));
  }

  /** The page for missing addresses: the front page and every report, linked from the root. */
  public PageView notFound(List<ReportSummary> reports) {
    String path = Urls.notFound();
    String root = Urls.sitePath(config.baseUrl());
    Messages msg = siteMessages;
    List<LinkView> links =
        reports.stream()
            .map(r -> new LinkView(r.title(), root + Urls.report(r.slug()), r.language()))
            .toList();
    return new PageView(
        path,
        new NotFoundPageView(
            site(),
            frame(path, root, msg.get("notfound.title"), null, msg, false, List.of()),
            msg.asMap(),
            links));
  }

  private static CardLightView light(String verdict, Messages msg, BadgeView badge, String figure) {
    return new CardLightView(verdict, msg.get("verdict.short." + verdict), badge, figure);
  }

  /** A documentation page from content/pages, described by its front matter or first paragraph. */
  public PageView page(
      String pagePath, String title, String description, boolean draft, MarkdownDocument doc) {
    String path = Urls.page(pagePath);
    StringBuilder html = new StringBuilder();
    for (var segment : doc.segments()) {
      if (segment instanceof MarkdownDocument.Html h) {
        html.append(h.html());
      }
    }
    return new PageView(
        path,
        new DocPageView(
            site(),
            page(
                path,
                title,
                description != null ? description : doc.summary(),
                siteMessages,
                draft,
                crumbs(path, title, path)),
            siteMessages.asMap(),
            html.toString()));
  }
}
