package dk.evalsite.site;

import dk.evalsite.content.MarkdownReader;
import dk.evalsite.content.MarkdownRenderer;
import dk.evalsite.content.Page;
import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.history.Dates;
import dk.evalsite.history.FileSpan;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.incremental.UnitInputs;
import dk.evalsite.render.SiteViews.NavPage;
import dk.evalsite.render.SiteViews.NavVariant;
import dk.evalsite.render.Twin;
import dk.evalsite.validate.Twins;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage pages: loads each documentation page on all cores, or keeps it as the last build made it
 * while its file is unchanged; then the language twins and the navigation (the top-level pages, by
 * weight and path, each with its twin), a site-wide input: when it changes, nothing kept can stay
 * and the kept pages are loaded after all.
 */
final class LoadPages implements Stage<Settings, LoadedSite> {
  private final BuildContext context;
  private final MarkdownRenderer markdown;

  LoadPages(BuildContext context, MarkdownRenderer markdown) {
    this.context = context;
    this.markdown = markdown;
  }

  @Override
  public Optional<LoadedSite> run(Settings settings) {
    List<PageUnit> pages = load(settings);
    Map<String, String> twins = twins(settings, pages, new Diagnostics());
    List<NavPage> nav = navigation(settings, pages, twins);
    if (!context.cache().siteInput("nav", nav.toString() + twins)
        && pages.stream().anyMatch(p -> p.kept() != null)) {
      pages = load(settings);
    }
    pages.forEach(
        p -> (p.kept() != null ? p.kept().replay() : p.own()).forEach(context.diagnostics()::add));
    twins = twins(settings, pages, context.diagnostics());
    Map<String, UnitRecord.PageMeta> byPath = new TreeMap<>();
    pages.stream().map(PageUnit::meta).filter(m -> m != null).forEach(m -> byPath.put(m.path(), m));
    Map<String, String> pairs = twins;
    pages =
        pages.stream()
            .map(
                p -> {
                  UnitRecord.PageMeta twin = byPath.get(pairs.getOrDefault(p.source().path(), ""));
                  return twin == null
                      ? p
                      : p.withTwin(new Twin(twin.path(), twin.language(), twin.title()));
                })
            .toList();
    return Optional.of(new LoadedSite(settings, pages, nav, List.of()));
  }

  /** The published pages that are translations of each other, both ways; problems reported. */
  private Map<String, String> twins(
      Settings settings, List<PageUnit> pages, Diagnostics diagnostics) {
    List<Twins.Member> members =
        pages.stream()
            .map(PageUnit::meta)
            .filter(m -> m != null && (context.drafts() || !m.draft()))
            .map(m -> new Twins.Member(m.path(), m.language(), m.translation()))
            .toList();
    List<String> known = settings.sources().pages().stream().map(PageSource::path).toList();
    return Twins.resolve("page", members, known, diagnostics);
  }

  private List<PageUnit> load(Settings settings) {
    List<PageSource> sources = settings.sources().pages();
    AtomicInteger loaded = new AtomicInteger();
    return sources.parallelStream()
        .map(s -> load(s, settings))
        .peek(
            p -> context.progress().step("loading pages", loaded.incrementAndGet(), sources.size()))
        .toList();
  }

  private PageUnit load(PageSource source, Settings settings) {
    String siteLanguage = settings.config().language();
    java.time.ZoneId zone = settings.config().timeZone();
    FileSpan span = settings.history().of(source.file());
    Probe<UnitRecord> probe =
        context
            .cache()
            .probe(
                "page:" + source.path(),
                UnitInputs.of(source.file())
                    .with("path", source.path())
                    .with("git", Dates.key(span, zone)));
    Optional<UnitRecord> kept = probe.kept().filter(r -> r.stillIn(context.sink()));
    if (kept.isPresent()) {
      return new PageUnit(source, probe, kept.get(), null, List.of(), siteLanguage, null);
    }
    Diagnostics own = new Diagnostics();
    own.stage("load");
    Optional<Page> page =
        new MarkdownReader(markdown, own)
            .page(source)
            .map(p -> p.withDates(p.dates().withGit(span, zone)));
    if (page.isPresent()) {
      dk.evalsite.validate.Placeholders.scan(source.file(), own);
    }
    return new PageUnit(source, probe, null, page.orElse(null), own.all(), siteLanguage, null);
  }

  /**
   * The top-level published pages, by weight and path, a page and its translation as one entry (by
   * the weight and path of the one in the site's language): reached from every page.
   */
  private List<NavPage> navigation(
      Settings settings, List<PageUnit> pages, Map<String, String> twins) {
    String siteLanguage = settings.config().language();
    Map<String, UnitRecord.PageMeta> published = new TreeMap<>();
    pages.stream()
        .map(PageUnit::meta)
        .filter(m -> m != null && (context.drafts() || !m.draft()))
        .forEach(m -> published.put(m.path(), m));
    return published.values().stream()
        .filter(
            m -> {
              UnitRecord.PageMeta twin = published.get(twins.getOrDefault(m.path(), ""));
              // One entry per pair: the one in the site's language, else the first by path.
              return twin == null
                  || (m.language().equals(siteLanguage) != twin.language().equals(siteLanguage)
                      ? m.language().equals(siteLanguage)
                      : m.path().compareTo(twin.path()) < 0);
            })
        .filter(m -> !m.path().contains("/"))
        .sorted(
            Comparator.comparingInt(UnitRecord.PageMeta::weight)
                .thenComparing(UnitRecord.PageMeta::path))
        .map(
            m -> {
              List<NavVariant> variants = new ArrayList<>();
              variants.add(new NavVariant(m.path(), m.language(), m.titles()));
              UnitRecord.PageMeta twin = published.get(twins.getOrDefault(m.path(), ""));
              if (twin != null) {
                variants.add(new NavVariant(twin.path(), twin.language(), twin.titles()));
              }
              return new NavPage(variants);
            })
        .toList();
  }
}
