package dk.evalsite.render;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.config.Light;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.FigureKind;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownDocument.FigureRef;
import dk.evalsite.content.MarkdownDocument.Segment;
import dk.evalsite.scoring.ReportScore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of one report: landing page (Resumé), chapters 2–7 and Bilag A, each as a view model
 * for the theme. Figures are placed where the narrative puts them, the rest at the end of their
 * chapter, and numbered in reading order.
 */
public final class ReportViews {
  private final ReportScore score;
  private final ScoringRules rules;
  private final Map<Chapter, MarkdownDocument> narratives;
  private final Messages msg;
  private final Formats fmt;
  private final Badges badges;
  private final FigureViews figures;
  private final SiteViews site;
  private final Twin twin;
  private final ProjectPeers project;
  private String historyUrl;

  /** The pages of a report whose translation is {@code twin} (null for none). */
  public ReportViews(
      ReportScore score,
      ScoringRules rules,
      Map<Chapter, MarkdownDocument> narratives,
      Messages msg,
      SiteViews site,
      ChartRenderer charts,
      Twin twin) {
    this(score, rules, narratives, msg, site, charts, twin, null);
  }

  /**
   * The pages of a report whose translation is {@code twin} and whose project's other evaluation
   * shows as {@code project} (null for none): a final evaluation compares itself with the midterm,
   * a midterm links forward to the final.
   */
  public ReportViews(
      ReportScore score,
      ScoringRules rules,
      Map<Chapter, MarkdownDocument> narratives,
      Messages msg,
      SiteViews site,
      ChartRenderer charts,
      Twin twin,
      ProjectPeers project) {
    this.twin = twin;
    this.project = project;
    this.score = score;
    this.rules = rules;
    this.narratives = narratives;
    this.msg = msg;
    this.fmt = new Formats(msg.language());
    this.badges = new Badges(msg);
    this.figures =
        new FigureViews(score, msg, fmt, badges, new ChartViews(score, rules, msg, fmt), charts);
    this.site = site;
    this.placed = placeFigures();
    this.numbers = figureNumbers();
  }

  /**
   * The report's revision history page, with {@code revisions} oldest first; the landing page links
   * it once this was called.
   */
  public PageView history(List<HistoryViews.Revision> revisions) {
    String path = Urls.history(score.report().slug());
    historyUrl = Urls.relative(Urls.report(score.report().slug()), path);
    return HistoryViews.page(path, score.report(), msg, site, revisions, twin);
  }

  public List<PageView> pages() {
    return pages(-1);
  }

  /**
   * The pages, the landing page linking the PDF edition of {@code pdfBytes} bytes; none when
   * negative (no PDF made).
   */
  public List<PageView> pages(long pdfBytes) {
    List<PageView> pages = new ArrayList<>();
    for (Chapter chapter : Chapter.values()) {
      pages.add(page(chapter, pdfBytes));
    }
    return pages;
  }

  /**
   * The landing page alone, linking the PDF edition of {@code pdfBytes} bytes (none when negative):
   * the build renders it again once the PDF is made.
   */
  public PageView landing(long pdfBytes) {
    return page(Chapter.RESUME, pdfBytes);
  }

  private PageView page(Chapter chapter, long pdfBytes) {
    var report = score.report();
    String slug = report.slug();
    String path = Urls.chapter(slug, chapter);
    List<CrumbView> crumbs = site.crumbs(path, report.title(), Urls.report(slug), msg);
    if (chapter != Chapter.RESUME) {
      crumbs.add(new CrumbView(chapterTitle(chapter), null));
    }
    String title =
        chapter == Chapter.RESUME ? report.title() : chapterTitle(chapter) + " – " + report.title();
    PageInfoView page =
        site.page(
            path,
            title,
            description(chapter),
            msg,
            report.draft(),
            crumbs,
            twin,
            twin == null ? null : Urls.chapter(twin.id(), chapter));
    ReportHeadView head = reportSummary(path);
    ChapterHeadView chapterHead = chapterHead(chapter);
    List<ChapterLinkView> chapters = chapterNav(path, chapter);
    PagerView pager = pager(path, chapter);
    PageModel model =
        switch (chapter) {
          case RESUME ->
              new ReportPageView(
                  site.site(msg.language()),
                  page,
                  msg.asMap(),
                  head,
                  chapterHead,
                  chapters,
                  pager,
                  verdicts(),
                  figures.facts(path, site.counted(slug, report.language(), twin) ? slug : null),
                  toc(path),
                  credits(),
                  Urls.relative(path, Urls.scores(slug)),
                  compare(path),
                  followUp(path),
                  historyUrl,
                  pdfBytes < 0
                      ? null
                      : new DownloadView(
                          Urls.relative(path, Urls.pdf(slug)),
                          msg.format("report.pdf", fmt.fileSize(pdfBytes))));
          case APPENDIX ->
              new AppendixPageView(
                  site.site(msg.language()),
                  page,
                  msg.asMap(),
                  head,
                  chapterHead,
                  chapters,
                  pager,
                  new AppendixViews(rules, msg, fmt, badges).view());
          default ->
              new ChapterPageView(
                  site.site(msg.language()),
                  page,
                  msg.asMap(),
                  head,
                  chapterHead,
                  chapters,
                  pager,
                  segments(placed.get(chapter), false));
        };
    return new PageView(path, model);
  }

  /**
   * The PDF edition's document. Build it from a {@code ReportViews} made with {@link
   * ChartRenderer#forPrint(dk.evalsite.charts.PrintCharts)}, so its charts are print objects; a
   * chart placed on its own links to its figure inside the document.
   */
  public PrintView print() {
    var report = score.report();
    List<PrintChapterView> chapters = new ArrayList<>();
    for (Chapter chapter : Chapter.narrated()) {
      List<SegmentView> segments = segments(placed.get(chapter), true);
      List<BookmarkView> marks = new ArrayList<>();
      for (SegmentView s : segments) {
        FigureView f = s.figure();
        if (f != null && f.number() != null && f.link() == null) {
          marks.add(
              new BookmarkView(
                  f.caption() == null ? f.number() : f.number() + " " + f.caption(), f.id()));
        }
      }
      chapters.add(new PrintChapterView(chapterHead(chapter), segments, marks));
    }
    return new PrintView(
        site.site(msg.language()),
        msg.language(),
        msg.asMap(),
        reportSummary(Urls.chapter(report.slug(), Chapter.RESUME)),
        credits(),
        report.facts().grantHolder(),
        verdicts(),
        figures.facts(null, null),
        chapterHead(Chapter.RESUME),
        chapters,
        chapterHead(Chapter.APPENDIX),
        new AppendixViews(rules, msg, fmt, badges).view());
  }

  private Map<Chapter, List<Segment>> placeFigures() {
    Map<Chapter, List<Segment>> out = new EnumMap<>(Chapter.class);
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (Chapter chapter : Chapter.narrated()) {
      List<Segment> segments = new ArrayList<>();
      MarkdownDocument doc = narratives.get(chapter);
      if (doc != null) {
        for (Segment s : doc.segments()) {
          segments.add(s);
          if (s instanceof FigureRef ref && !ref.chartOnly()) {
            placed.add(key(ref.name(), ref.args()));
          }
        }
      }
      out.put(chapter, segments);
    }
    for (FigureRef ref : defaultFigures()) {
      if (!placed.contains(key(ref.name(), ref.args()))) {
        out.get(FigureKind.byId(ref.name()).orElseThrow().chapter()).add(ref);
      }
    }
    return out;
  }

  /** Every figure the report's data supports, in the template's order. */
  private List<FigureRef> defaultFigures() {
    List<FigureRef> refs = new ArrayList<>();
    var report = score.report();
    refs.add(ref(FigureKind.FACTBOX, null));
    if (!report.effectChain().isEmpty()) {
      refs.add(ref(FigureKind.EFFECT_CHAIN, null));
    }
    refs.add(ref(FigureKind.IMPLEMENTATION, null));
    refs.add(ref(FigureKind.OVERVIEW, null));
    for (FigureKind kind : List.of(FigureKind.ACTIVITY, FigureKind.BUDGET, FigureKind.OUTPUT)) {
      for (var region : report.regions()) {
        boolean has =
            switch (kind) {
              case ACTIVITY -> !region.goals(dk.evalsite.config.GoalKind.ACTIVITY).isEmpty();
              case OUTPUT -> !region.goals(dk.evalsite.config.GoalKind.OUTPUT).isEmpty();
              default -> region.budget() != null || region.months() != null;
            };
        if (has) {
          refs.add(ref(kind, region.id()));
        }
      }
    }
    if (report.survey() != null) {
      for (var section : report.survey().sections()) {
        refs.add(ref(FigureKind.SURVEY, section.id()));
      }
    }
    for (var region : report.regions()) {
      if (!region.goals(dk.evalsite.config.GoalKind.EFFECT).isEmpty()) {
        refs.add(ref(FigureKind.EFFECT, region.id()));
      }
    }
    if (!report.learningPoints().isEmpty()) {
      refs.add(ref(FigureKind.LEARNING_POINTS, null));
    }
    return refs;
  }

  private static FigureRef ref(FigureKind kind, String arg) {
    return new FigureRef(
        kind.id(), arg == null ? Map.of() : Map.of(kind.argument(), arg), null, false);
  }

  private static String key(String name, Map<String, String> args) {
    return name + new java.util.TreeMap<>(args);
  }

  /** The chapter's segments as views; in {@code print}, links between figures stay in the PDF. */
  private List<SegmentView> segments(List<Segment> segments, boolean print) {
    List<SegmentView> out = new ArrayList<>();
    for (Segment s : segments) {
      if (s instanceof MarkdownDocument.Html html) {
        out.add(new SegmentView(html.html(), null));
      } else if (s instanceof FigureRef ref && ref.chartOnly()) {
        out.add(new SegmentView(null, chartOnly(ref, print)));
      } else if (s instanceof FigureRef ref) {
        FigureKind kind = FigureKind.byId(ref.name()).orElseThrow();
        out.add(new SegmentView(null, figures.figure(kind, ref, numbers.get(key(ref)))));
      }
    }
    return out;
  }

  /** A chart placed on its own by {@code {{chart ...}}}, linked to the figure with its data. */
  private FigureView chartOnly(FigureRef ref, boolean print) {
    FigureKind kind = FigureKind.byId(ref.name()).orElseThrow();
    FigureView full = figures.figure(kind, ref, numbers.get(key(ref)));
    String arg = kind.argument() == null ? null : ref.args().get(kind.argument());
    String id = full.id() + "-chart-" + ref.pos().line();
    Chapter home = chapterOf(ref);
    String url =
        (print
                ? ""
                : Urls.relative(
                    Urls.chapter(score.report().slug(), Chapter.RESUME),
                    Urls.chapter(score.report().slug(), home)))
            + "#"
            + full.id();
    String where = full.number() != null ? full.number() : chapterTitle(home);
    return new FigureView(
        kind.id(),
        id,
        null,
        full.caption(),
        figures.chart(kind, arg, "chart-" + id),
        new ChartLinkView(url, msg.format("figure.chart_link", where)),
        null,
        null);
  }

  private Chapter chapterOf(FigureRef ref) {
    for (var e : placed.entrySet()) {
      for (Segment s : e.getValue()) {
        if (s instanceof FigureRef other && !other.chartOnly() && key(other).equals(key(ref))) {
          return e.getKey();
        }
      }
    }
    return FigureKind.byId(ref.name()).orElseThrow().chapter();
  }

  private static String key(FigureRef ref) {
    return key(ref.name(), ref.args());
  }

  private final Map<Chapter, List<Segment>> placed;
  private final Map<String, Integer> numbers;

  /** "Figur N" numbers in reading order across chapters, as the template numbers them. */
  private Map<String, Integer> figureNumbers() {
    Map<String, Integer> out = new HashMap<>();
    int n = 0;
    for (Chapter chapter : Chapter.narrated()) {
      for (Segment s : placed.get(chapter)) {
        if (s instanceof FigureRef ref
            && !ref.chartOnly()
            && FigureKind.byId(ref.name()).orElseThrow().numbered()) {
          out.putIfAbsent(key(ref), ++n);
        }
      }
    }
    return out;
  }

  /** A final evaluation against its project's midterm; null without one. */
  private CompareView compare(String path) {
    if (project == null || project.midterm() == null) {
      return null;
    }
    var midterm = project.midterm();
    return new CompareViews(msg, fmt, badges)
        .view(
            dk.evalsite.scoring.Comparison.of(
                midterm, dk.evalsite.scoring.EvaluationFigures.of(score)),
            Urls.relative(path, Urls.report(midterm.slug())));
  }

  /** A midterm evaluation's link forward to its project's final; null without one. */
  private FollowUpView followUp(String path) {
    if (project == null || project.followUp() == null) {
      return null;
    }
    var f = project.followUp();
    return new FollowUpView(
        msg.get("compare.forward"),
        Urls.relative(path, Urls.report(f.slug())),
        f.title(),
        f.language());
  }

  private ReportHeadView reportSummary(String path) {
    var report = score.report();
    String kind = msg.get("kind." + report.kind().id());
    String meta =
        report.facts().grantHolder() == null ? kind : kind + " · " + report.facts().grantHolder();
    return new ReportHeadView(
        report.title(),
        report.slug(),
        kind,
        meta,
        Urls.relative(path, Urls.report(report.slug())),
        report.fictional() ? msg.get("fictional.notice") : null);
  }

  private ChapterHeadView chapterHead(Chapter chapter) {
    return new ChapterHeadView(chapter.id(), number(chapter), chapterTitle(chapter));
  }

  /** The chapter's number as printed: "2" … "7", and "Bilag A" / "Appendix A" for the appendix. */
  private String number(Chapter chapter) {
    return chapter == Chapter.APPENDIX ? msg.get("chapter.number.bilag-a") : chapter.number();
  }

  String chapterTitle(Chapter chapter) {
    return msg.get("chapter." + chapter.id());
  }

  private List<ChapterLinkView> chapterNav(String from, Chapter current) {
    List<ChapterLinkView> out = new ArrayList<>();
    for (Chapter c : Chapter.values()) {
      ChapterLinkView link = link(from, c, c == current);
      if (c == current) {
        link = new ChapterLinkView(link.number(), link.title(), link.url(), true, sections(c, ""));
      }
      out.add(link);
    }
    return out;
  }

  private PagerView pager(String from, Chapter current) {
    Chapter[] all = Chapter.values();
    int i = current.ordinal();
    return new PagerView(
        i > 0 ? link(from, all[i - 1], false) : null,
        i < all.length - 1 ? link(from, all[i + 1], false) : null);
  }

  private ChapterLinkView link(String from, Chapter c, boolean current) {
    return new ChapterLinkView(
        number(c),
        chapterTitle(c),
        Urls.relative(from, Urls.chapter(score.report().slug(), c)),
        current,
        List.of());
  }

  /** The second-level headings of a chapter's narrative, linked as {@code url#id}. */
  private List<TocSectionView> sections(Chapter c, String url) {
    List<TocSectionView> sections = new ArrayList<>();
    MarkdownDocument doc = narratives.get(c);
    if (doc != null && c != Chapter.RESUME) {
      for (var h : doc.headings()) {
        if (h.level() == 2) {
          sections.add(new TocSectionView(h.text(), url + "#" + h.id()));
        }
      }
    }
    return sections;
  }

  private List<TocEntryView> toc(String from) {
    List<TocEntryView> out = new ArrayList<>();
    for (Chapter c : Chapter.values()) {
      if (c == Chapter.RESUME) {
        continue;
      }
      String url = Urls.relative(from, Urls.chapter(score.report().slug(), c));
      out.add(new TocEntryView(number(c), chapterTitle(c), url, sections(c, url)));
    }
    return out;
  }

  /**
   * A page's summary: the first paragraph of its narrative; for the landing page without one, the
   * report's kind and title; for the appendix, what it explains.
   */
  private String description(Chapter chapter) {
    MarkdownDocument doc = narratives.get(chapter);
    if (doc != null && !doc.summary().isEmpty()) {
      return doc.summary();
    }
    var report = score.report();
    return switch (chapter) {
      case RESUME -> landingDescription();
      case APPENDIX -> msg.get("appendix.description");
      default -> null;
    };
  }

  /** The report in one sentence: kind, title and the three verdicts with their lights. */
  private String landingDescription() {
    var report = score.report();
    java.util.Locale locale = java.util.Locale.forLanguageTag(msg.language());
    List<String> parts = new ArrayList<>();
    for (VerdictView v : verdicts()) {
      String light = v.badge().label().toLowerCase(locale);
      parts.add(
          msg.format(
              v.figure() == null || v.id().equals("effect")
                  ? "description.verdict"
                  : "description.verdict_figure",
              msg.get("verdict.short." + v.id()).toLowerCase(locale),
              light,
              v.figure()));
    }
    String verdicts = String.join(", ", parts);
    return msg.format(
        "description.report",
        msg.get("kind." + report.kind().id()),
        report.title(),
        verdicts.substring(0, 1).toUpperCase(locale) + verdicts.substring(1));
  }

  /** How to cite the report, as its landing page and scores.json give it. */
  public String citation() {
    return credits().citation();
  }

  /** Date, evaluator and a citation from report.yaml; the URL only when the site has a base URL. */
  private CreditsView credits() {
    var report = score.report();
    String year =
        report.date() == null ? msg.get("cite.no_date") : String.valueOf(report.date().getYear());
    String kind = msg.get("kind." + report.kind().id());
    String citation =
        report.evaluator() == null
            ? msg.format(
                "cite.without_evaluator",
                report.title(),
                year,
                kind,
                site.site(msg.language()).title())
            : msg.format(
                "cite.with_evaluator",
                report.evaluator(),
                year,
                report.title(),
                kind,
                site.site(msg.language()).title());
    String url = site.canonical(Urls.chapter(report.slug(), Chapter.RESUME));
    return new CreditsView(
        report.date() == null ? null : fmt.date(report.date()),
        report.date() == null ? null : report.date().toString(),
        report.evaluator(),
        url == null ? citation : citation + " " + url,
        url,
        DatesView.of(report.dates(), msg));
  }

  private List<VerdictView> verdicts() {
    var impl = score.implementation();
    var headline = score.headline();
    var effect = score.report().effect();
    var evidence = score.effectEvidence();
    List<VerdictView> out = new ArrayList<>();
    out.add(
        verdict(
            "implementation",
            impl.mean() == null ? "-" : fmt.fixed(impl.mean(), impl.mean().scale()),
            msg.get("verdict.implementation.unit"),
            impl.light(),
            impl.band() == null
                ? null
                : BandRanges.of(
                    rules.implementation().bands(),
                    impl.band(),
                    v -> fmt.fixed(v, rules.implementation().meanDecimals()),
                    ""),
            null,
            null,
            score.report().implementation().summary(),
            score.report().implementation().reconstructed()
                ? msg.get("implementation.reconstructed")
                : null));
    out.add(
        verdict(
            "attainment",
            headline.percent() == null ? "-" : fmt.percent(headline.percent()),
            msg.get("verdict.attainment.unit." + headline.kind().id()),
            headline.light(),
            headline.band() == null
                ? null
                : BandRanges.of(
                    rules.attainment().bands().get(score.report().kind()),
                    headline.band(),
                    v -> fmt.percent(v.intValueExact()),
                    "+"),
            headline.band() == null || headline.band().meaning() == null
                ? null
                : headline.band().meaning().in(score.report().language()),
            null,
            score.report().attainmentSummary(),
            null));
    String effectMeaning =
        rules.effectLights().stream()
            .filter(l -> l.light() == effect.light())
            .findFirst()
            .map(l -> l.meaning().in(score.report().language()))
            .orElse(null);
    out.add(
        verdict(
            "effect",
            evidence.collected() > 0
                ? msg.format(
                    "effect.evidence.figure",
                    fmt.integer(evidence.met()),
                    fmt.integer(evidence.collected()))
                : null,
            evidence.collected() > 0 ? msg.get("verdict.effect.unit") : null,
            effect.light(),
            null,
            effectMeaning,
            evidence.collected() > 0
                ? msg.format(
                    "effect.evidence",
                    fmt.integer(evidence.met()),
                    fmt.integer(evidence.collected()))
                : null,
            effect.justification(),
            effect.reconstructed() ? msg.get("effect.reconstructed") : null));
    return out;
  }

  private VerdictView verdict(
      String id,
      String figure,
      String unit,
      Light light,
      String range,
      String meaning,
      String evidence,
      String text,
      String note) {
    return new VerdictView(
        id,
        msg.get("verdict." + id),
        figure,
        unit,
        badges.badge(light),
        range,
        meaning,
        evidence,
        text,
        note);
  }
}
