package dk.evalsite.render;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.LocalText;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.scoring.ReportSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every page shares (site title, navigation, breadcrumbs, language switch), the site index and
 * doc pages. Every page shows the interface in its own language.
 */
public final class SiteViews {
  private final SiteConfig config;
  private final List<NavPage> navPages;
  private final Function<String, Messages> messages;
  private final List<String> stylesheets;

  /**
   * A documentation page of the navigation, with its twins: the page in each language (one, when it
   * has no twin). The menu of a page shows the variant in its language, else the one in the site's
   * language.
   */
  public record NavPage(List<NavVariant> variants) {
    public NavPage {
      variants = List.copyOf(variants);
    }
  }

  /**
   * One language of a navigation entry: its page path, language and title as a page in each
   * language shows it (in that language when the front matter gives one).
   */
  public record NavVariant(String path, String language, Map<String, LocalText.Shown> titles) {
    public NavVariant {
      titles = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(titles));
    }
  }

  /**
   * Views for a site whose theme adds {@code stylesheets} (paths below assets/, see {@link
   * Theme#stylesheets()}) to every page after style.css; {@code messages} gives the theme's UI
   * strings in each language.
   */
  public SiteViews(
      SiteConfig config,
      List<NavPage> navPages,
      Function<String, Messages> messages,
      List<String> stylesheets) {
    this.config = config;
    this.navPages = List.copyOf(navPages);
    this.messages = messages;
    this.stylesheets = List.copyOf(stylesheets);
  }

  /** The site as a page in {@code language} shows it. */
  SiteView site(String language) {
    LocalText.Shown title = config.title().shown(language, config.language());
    LocalText.Shown description =
        config.description() == null
            ? null
            : config.description().shown(language, config.language());
    return new SiteView(
        title.text(),
        title.language(),
        description == null ? null : description.text(),
        description == null ? null : description.language(),
        config.language());
  }

  /**
   * The frame of the page at {@code path}, titled {@code title}, in {@code msg}'s language; {@code
   * twin} is the same page in another language at site path {@code twinPath}, or null.
   */
  PageInfoView page(
      String path,
      String title,
      String description,
      Messages msg,
      boolean draft,
      List<CrumbView> crumbs,
      Twin twin,
      String twinPath) {
    return frame(path, Urls.root(path), title, description, msg, draft, crumbs, twin, twinPath);
  }

  /** The frame of a page whose links start with {@code root}. */
  private PageInfoView frame(
      String path,
      String root,
      String title,
      String description,
      Messages msg,
      boolean draft,
      List<CrumbView> crumbs,
      Twin twin,
      String twinPath) {
    String language = msg.language();
    List<NavItemView> nav = new ArrayList<>();
    nav.add(
        new NavItemView(
            msg.get("nav.reports"),
            language,
            root + Urls.index(),
            null,
            path.equals(Urls.index()) || path.startsWith("reports/")));
    for (NavPage page : navPages) {
      NavVariant shown = variant(page, language);
      LocalText.Shown itemTitle = shown.titles().get(language);
      String url = Urls.page(shown.path());
      nav.add(
          new NavItemView(
              itemTitle.text(),
              itemTitle.language(),
              root + url,
              shown.language().equals(language) ? null : shown.language(),
              path.equals(url)));
    }
    List<AlternateView> alternates = new ArrayList<>();
    LanguageLinkView translation = null;
    if (twin != null) {
      alternates.add(new AlternateView(language, address(path, path)));
      alternates.add(new AlternateView(twin.language(), address(path, twinPath)));
      String fallback = language.equals(config.language()) ? path : twinPath;
      if (language.equals(config.language()) || twin.language().equals(config.language())) {
        alternates.add(new AlternateView("x-default", address(path, fallback)));
      }
      alternates.sort(java.util.Comparator.comparing(AlternateView::hreflang));
      translation = languageLink(path, twin, twinPath);
    }
    return new PageInfoView(
        language,
        title,
        Summaries.of(description),
        root,
        path,
        draft,
        path.equals(Urls.notFound()) ? null : canonical(path),
        nav,
        crumbs,
        stylesheets.stream().map(s -> root + "assets/" + s).toList(),
        List.copyOf(alternates),
        translation);
  }

  /** The variant of a navigation entry a page in {@code language} shows. */
  private NavVariant variant(NavPage page, String language) {
    NavVariant site = null;
    for (NavVariant v : page.variants()) {
      if (v.language().equals(language)) {
        return v;
      }
      if (v.language().equals(config.language())) {
        site = v;
      }
    }
    return site != null ? site : page.variants().get(0);
  }

  /** A visible link from the page at {@code from} to its twin, labelled in the twin's language. */
  LanguageLinkView languageLink(String from, Twin twin, String twinPath) {
    return new LanguageLinkView(
        twin.language(),
        Urls.relative(from, twinPath),
        messages.apply(twin.language()).get("language.name"),
        twin.title());
  }

  /** The address of site path {@code to} as page {@code from} links it for search engines. */
  private String address(String from, String to) {
    return config.baseUrl() == null ? Urls.relative(from, to) : absolute(to);
  }

  /** The absolute address of the page at {@code path}; null when site.yaml has no base URL. */
  String canonical(String path) {
    return config.baseUrl() == null ? null : absolute(path);
  }

  private String absolute(String path) {
    return config.baseUrl() + path.replaceAll("(^|/)index\\.html$", "$1");
  }

  /**
   * Breadcrumbs from the site index down to {@code title} at {@code url} (linked unless current),
   * in {@code msg}'s language.
   */
  List<CrumbView> crumbs(String from, String title, String url, Messages msg) {
    List<CrumbView> out = new ArrayList<>();
    out.add(new CrumbView(msg.get("nav.home"), Urls.relative(from, Urls.index())));
    out.add(new CrumbView(title, from.equals(url) ? null : Urls.relative(from, url)));
    return out;
  }

  /**
   * The site index: one card per evaluation with its three lights, in the report's language; a
   * report and its translation ({@code twins}: slug to slug, both ways) share the card of the one
   * in the site's language, which links the other, and count once in the portfolio chart.
   */
  public List<PageView> index(
      List<ReportSummary> reports, Map<String, String> twins, ChartRenderer charts) {
    Messages msg = messages.apply(config.language());
    List<Evaluation> evaluations = evaluations(reports, twins);
    List<ReportSummary> shown = evaluations.stream().map(Evaluation::report).toList();
    String portfolio = shown.isEmpty() ? null : charts.svg(ChartViews.portfolio(shown, msg));
    int total = Math.max(1, (evaluations.size() + CARDS_PER_PAGE - 1) / CARDS_PER_PAGE);
    List<PageView> pages = new ArrayList<>();
    for (int number = 1; number <= total; number++) {
      String path = Urls.index(number);
      List<ReportCardView> cards = new ArrayList<>();
      int from = (number - 1) * CARDS_PER_PAGE;
      for (int i = from; i < Math.min(evaluations.size(), from + CARDS_PER_PAGE); i++) {
        cards.add(card(path, evaluations.get(i)));
      }
      String title =
          number == 1
              ? site(msg.language()).title()
              : msg.format("index.page_title", String.valueOf(number), String.valueOf(total));
      pages.add(
          new PageView(
              path,
              new IndexPageView(
                  site(msg.language()),
                  page(
                      path,
                      title,
                      site(msg.language()).description(),
                      msg,
                      false,
                      List.of(),
                      null,
                      null),
                  msg.asMap(),
                  cards,
                  number == 1 ? portfolio : null,
                  total == 1 ? null : pager(msg, number, total),
                  FacetViews.browse(path, msg))));
    }
    return pages;
  }

  /** Cards on one page of the index: about 1.2 KB each, so a page stays well under 200 KB. */
  static final int CARDS_PER_PAGE = 100;

  /**
   * The pager of page {@code number} of {@code total}: its links name files in the page's own
   * folder (index.html, index-2.html ...), so facet and table pages page the same way.
   */
  static IndexPagerView pager(Messages msg, int number, int total) {
    List<IndexPageLinkView> links = new ArrayList<>();
    for (int k = 1; k <= total; k++) {
      links.add(new IndexPageLinkView(String.valueOf(k), Urls.index(k), k == number));
    }
    return new IndexPagerView(
        msg.format("index.pager", String.valueOf(number), String.valueOf(total)),
        number > 1 ? Urls.index(number - 1) : null,
        number < total ? Urls.index(number + 1) : null,
        links);
  }

  /**
   * An evaluation as the index shows it: the report whose card it is, its twin or null, and the
   * other evaluation of its project (a final's midterm, a midterm's final) or null.
   */
  record Evaluation(ReportSummary report, ReportSummary twin, ReportSummary peer) {}

  /**
   * One per evaluation, in the order of {@code reports}: a report and its translation ({@code
   * twins}: slug to slug, both ways) are one evaluation, shown as the one in the site's language.
   */
  List<Evaluation> evaluations(List<ReportSummary> reports, Map<String, String> twins) {
    Map<String, ReportSummary> bySlug = new java.util.TreeMap<>();
    reports.forEach(r -> bySlug.put(r.slug(), r));
    Map<String, ReportSummary> peers = projectPeers(reports);
    List<Evaluation> out = new ArrayList<>();
    for (ReportSummary report : reports) {
      String twinSlug = twins.get(report.slug());
      ReportSummary twin = twinSlug == null ? null : bySlug.get(twinSlug);
      if (twin != null && !shownOnIndex(report, twin)) {
        continue;
      }
      out.add(new Evaluation(report, twin, peers.get(report.slug())));
    }
    return out;
  }

  /** The site's language: the index, facet pages and the table show their interface in it. */
  Messages siteMessages() {
    return messages.apply(config.language());
  }

  /** The UI strings in {@code language}. */
  Messages messages(String language) {
    return messages.apply(language);
  }

  /** The page for missing addresses: the front page and every report, linked from the root. */
  public PageView notFound(List<ReportSummary> reports) {
    String path = Urls.notFound();
    String root = Urls.sitePath(config.baseUrl());
    Messages msg = messages.apply(config.language());
    List<LinkView> links =
        reports.stream()
            .map(r -> new LinkView(r.title(), root + Urls.report(r.slug()), r.language()))
            .toList();
    return new PageView(
        path,
        new NotFoundPageView(
            site(msg.language()),
            frame(path, root, msg.get("notfound.title"), null, msg, false, List.of(), null, null),
            msg.asMap(),
            links));
  }

  /** Of a report and its translation, the one whose card the index shows. */
  private boolean shownOnIndex(ReportSummary report, ReportSummary twin) {
    return counted(report.slug(), report.language(), new Twin(twin.slug(), twin.language(), ""));
  }

  /**
   * The other evaluation of each report's project (a final's midterm, a midterm's final), in the
   * report's language when there is one, else the first by slug.
   */
  private static Map<String, ReportSummary> projectPeers(List<ReportSummary> reports) {
    Map<String, ReportSummary> out = new java.util.TreeMap<>();
    for (ReportSummary r : reports) {
      if (r.project() == null) {
        continue;
      }
      reports.stream()
          .filter(
              o ->
                  o.project() != null
                      && o.project().id().equals(r.project().id())
                      && o.kind() != r.kind())
          .min(
              java.util.Comparator.comparing(
                      (ReportSummary o) -> !o.language().equals(r.language()))
                  .thenComparing(ReportSummary::slug))
          .ifPresent(o -> out.put(r.slug(), o));
    }
    return out;
  }

  /**
   * Whether the report {@code slug} in {@code language}, whose translation is {@code twin} (or
   * null), is the one of its evaluation that the index shows and the facet pages count: the one in
   * the site's language, else the first by slug.
   */
  public boolean counted(String slug, String language, Twin twin) {
    if (twin == null) {
      return true;
    }
    boolean mine = language.equals(config.language());
    boolean theirs = twin.language().equals(config.language());
    return mine != theirs ? mine : slug.compareTo(twin.id()) < 0;
  }

  /** The card of {@code evaluation} on the page at {@code path}. */
  ReportCardView card(String path, Evaluation evaluation) {
    ReportSummary report = evaluation.report();
    ReportSummary twin = evaluation.twin();
    ReportSummary peer = evaluation.peer();
    Messages msg = messages.apply(report.language());
    String kind = msg.get("kind." + report.kind().id());
    List<CardLightView> lights = lights(report, msg);
    List<LanguageLinkView> translations =
        twin == null
            ? List.of()
            : List.of(
                languageLink(
                    path,
                    new Twin(twin.slug(), twin.language(), twin.title()),
                    Urls.report(twin.slug())));
    return new ReportCardView(
        report.title(),
        Urls.relative(path, Urls.report(report.slug())),
        report.language(),
        report.grantHolder() == null ? kind : kind + " · " + report.grantHolder(),
        lights,
        translations,
        report.draft(),
        peer == null
            ? null
            : new ProjectLinkView(
                msg.get(
                    report.kind() == dk.evalsite.config.EvaluationKind.FINAL
                        ? "index.project.midterm"
                        : "index.project.final"),
                Urls.relative(path, Urls.report(peer.slug())),
                peer.title(),
                peer.language().equals(report.language()) ? null : peer.language()),
        peer != null && peer.kind() == dk.evalsite.config.EvaluationKind.FINAL,
        report.fictional() ? msg.get("fictional.short") : null,
        DatesView.of(report.dates(), msg));
  }

  /** The three verdicts of {@code report}: light and figure, in {@code msg}'s language. */
  static List<CardLightView> lights(ReportSummary report, Messages msg) {
    Badges badges = new Badges(msg);
    Formats fmt = new Formats(msg.language());
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
    return lights;
  }

  private static CardLightView light(String verdict, Messages msg, BadgeView badge, String figure) {
    return new CardLightView(verdict, msg.get("verdict.short." + verdict), badge, figure);
  }

  /**
   * A documentation page from content/pages, in {@code language}, described by its front matter or
   * first paragraph; {@code twin} is the same page in another language, or null.
   */
  public PageView page(
      String pagePath,
      String title,
      String language,
      String description,
      boolean draft,
      MarkdownDocument doc,
      Twin twin,
      dk.evalsite.history.Dates dates) {
    String path = Urls.page(pagePath);
    Messages msg = messages.apply(language);
    StringBuilder html = new StringBuilder();
    for (var segment : doc.segments()) {
      if (segment instanceof MarkdownDocument.Html h) {
        html.append(h.html());
      }
    }
    return new PageView(
        path,
        new DocPageView(
            site(language),
            page(
                path,
                title,
                description != null ? description : doc.summary(),
                msg,
                draft,
                crumbs(path, title, path, msg),
                twin,
                twin == null ? null : Urls.page(twin.id())),
            msg.asMap(),
            html.toString(),
            DatesView.of(dates, msg)));
  }
}
