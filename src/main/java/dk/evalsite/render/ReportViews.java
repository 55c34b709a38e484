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

  public ReportViews(
      ReportScore score,
      ScoringRules rules,
      Map<Chapter, MarkdownDocument> narratives,
      Messages msg,
      SiteViews site,
      ChartRenderer charts) {
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

  /** One page to render: its path in the site, its template and its model. */
  public record PageView(String path, String template, Map<String, Object> model) {}

  public List<PageView> pages() {
    String slug = score.report().slug();
    List<PageView> pages = new ArrayList<>();
    for (Chapter chapter : Chapter.values()) {
      String path = Urls.chapter(slug, chapter);
      Model m = Model.of().put("report", reportSummary(path)).put("chapter", chapterHead(chapter));
      m.put("chapters", chapterNav(path, chapter)).put("pager", pager(path, chapter));
      String template;
      if (chapter == Chapter.RESUME) {
        template = "report.ftlh";
        m.put("verdicts", verdicts()).put("facts", figures.facts()).put("toc", toc(path));
        m.put("scoresUrl", Urls.relative(path, Urls.scores(slug)));
      } else if (chapter == Chapter.APPENDIX) {
        template = "appendix.ftlh";
        m.put("appendix", new AppendixView(rules, msg, fmt, badges).model());
      } else {
        template = "chapter.ftlh";
        m.put("segments", segments(placed.get(chapter)));
      }
      List<Map<String, Object>> crumbs =
          site.crumbs(path, score.report().title(), Urls.report(slug));
      if (chapter != Chapter.RESUME) {
        crumbs.add(Model.of().put("title", chapterTitle(chapter)).map());
      }
      String title =
          chapter == Chapter.RESUME
              ? score.report().title()
              : chapterTitle(chapter) + " – " + score.report().title();
      pages.add(
          new PageView(
              path,
              template,
              site.common(m, path, title, msg, score.report().draft(), crumbs).map()));
    }
    return pages;
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

  private List<Map<String, Object>> segments(List<Segment> segments) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Segment s : segments) {
      if (s instanceof MarkdownDocument.Html html) {
        out.add(Model.of().put("html", html.html()).map());
      } else if (s instanceof FigureRef ref && ref.chartOnly()) {
        out.add(Model.of().put("figure", chartOnly(ref)).map());
      } else if (s instanceof FigureRef ref) {
        FigureKind kind = FigureKind.byId(ref.name()).orElseThrow();
        out.add(Model.of().put("figure", figures.figure(kind, ref, numbers.get(key(ref)))).map());
      }
    }
    return out;
  }

  /** A chart placed on its own by {@code {{chart ...}}}, linked to the figure with its data. */
  private Map<String, Object> chartOnly(FigureRef ref) {
    FigureKind kind = FigureKind.byId(ref.name()).orElseThrow();
    Map<String, Object> full = figures.figure(kind, ref, numbers.get(key(ref)));
    String arg = kind.argument() == null ? null : ref.args().get(kind.argument());
    String id = full.get("id") + "-chart-" + ref.pos().line();
    Chapter home = chapterOf(ref);
    String url =
        Urls.relative(
                Urls.chapter(score.report().slug(), Chapter.RESUME),
                Urls.chapter(score.report().slug(), home))
            + "#"
            + full.get("id");
    String where = full.containsKey("number") ? (String) full.get("number") : chapterTitle(home);
    return Model.of()
        .put("kind", kind.id())
        .put("id", id)
        .put("chartOnly", true)
        .put("caption", full.get("caption"))
        .put("chart", figures.chart(kind, arg, "chart-" + id))
        .put(
            "link",
            Model.of().put("url", url).put("text", msg.format("figure.chart_link", where)).map())
        .map();
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

  private Map<String, Object> reportSummary(String path) {
    var report = score.report();
    String kind = msg.get("kind." + report.kind().id());
    String meta =
        report.facts().grantHolder() == null ? kind : kind + " · " + report.facts().grantHolder();
    return Model.of()
        .put("title", report.title())
        .put("slug", report.slug())
        .put("kind", kind)
        .put("meta", meta)
        .put("url", Urls.relative(path, Urls.report(report.slug())))
        .map();
  }

  private Map<String, Object> chapterHead(Chapter chapter) {
    return Model.of()
        .put("id", chapter.id())
        .put("number", number(chapter))
        .put("title", chapterTitle(chapter))
        .map();
  }

  /** The chapter's number as printed: "2" … "7", and "Bilag A" / "Appendix A" for the appendix. */
  private String number(Chapter chapter) {
    return chapter == Chapter.APPENDIX ? msg.get("chapter.number.bilag-a") : chapter.number();
  }

  String chapterTitle(Chapter chapter) {
    return msg.get("chapter." + chapter.id());
  }

  private List<Map<String, Object>> chapterNav(String from, Chapter current) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Chapter c : Chapter.values()) {
      out.add(
          Model.of()
              .put("number", number(c))
              .put("title", chapterTitle(c))
              .put("url", Urls.relative(from, Urls.chapter(score.report().slug(), c)))
              .put("current", c == current)
              .map());
    }
    return out;
  }

  private Map<String, Object> pager(String from, Chapter current) {
    Chapter[] all = Chapter.values();
    int i = current.ordinal();
    Model m = Model.of();
    if (i > 0) {
      m.put("prev", link(from, all[i - 1]));
    }
    if (i < all.length - 1) {
      m.put("next", link(from, all[i + 1]));
    }
    return m.map();
  }

  private Map<String, Object> link(String from, Chapter c) {
    return Model.of()
        .put("number", number(c))
        .put("title", chapterTitle(c))
        .put("url", Urls.relative(from, Urls.chapter(score.report().slug(), c)))
        .map();
  }

  private List<Map<String, Object>> toc(String from) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Chapter c : Chapter.values()) {
      if (c == Chapter.RESUME) {
        continue;
      }
      String url = Urls.relative(from, Urls.chapter(score.report().slug(), c));
      List<Map<String, Object>> sections = new ArrayList<>();
      MarkdownDocument doc = narratives.get(c);
      if (doc != null) {
        for (var h : doc.headings()) {
          if (h.level() == 2) {
            sections.add(Model.of().put("text", h.text()).put("url", url + "#" + h.id()).map());
          }
        }
      }
      out.add(
          Model.of()
              .put("number", number(c))
              .put("title", chapterTitle(c))
              .put("url", url)
              .put("sections", sections)
              .map());
    }
    return out;
  }

  private List<Map<String, Object>> verdicts() {
    var impl = score.implementation();
    var headline = score.headline();
    var effect = score.report().effect();
    var evidence = score.effectEvidence();
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        verdict(
            "implementation",
            impl.mean() == null ? "-" : fmt.fixed(impl.mean(), impl.mean().scale()),
            msg.get("verdict.implementation.unit"),
            impl.light(),
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
            headline.band() == null || headline.band().meaning() == null
                ? null
                : headline.band().meaning().in(score.report().language()),
            score.report().attainmentSummary(),
            null));
    String effectMeaning =
        rules.effectLights().stream()
            .filter(l -> l.light() == effect.light())
            .findFirst()
            .map(l -> l.meaning().in(score.report().language()))
            .orElse(null);
    Map<String, Object> e =
        verdict(
            "effect",
            null,
            null,
            effect.light(),
            effectMeaning,
            effect.justification(),
            effect.reconstructed() ? msg.get("effect.reconstructed") : null);
    if (evidence.collected() > 0) {
      e.put(
          "evidence",
          msg.format(
              "effect.evidence", fmt.integer(evidence.met()), fmt.integer(evidence.collected())));
    }
    out.add(e);
    return out;
  }

  private Map<String, Object> verdict(
      String id,
      String figure,
      String unit,
      Light light,
      String meaning,
      String text,
      String note) {
    return Model.of()
        .put("id", id)
        .put("title", msg.get("verdict." + id))
        .put("figure", figure)
        .put("unit", unit)
        .put("badge", badges.badge(light))
        .put("meaning", meaning)
        .put("text", text)
        .put("note", note)
        .map();
  }
}
