package dk.evalsite.site;

import dk.evalsite.content.MarkdownReader;
import dk.evalsite.content.MarkdownRenderer;
import dk.evalsite.content.Page;
import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.incremental.UnitInputs;
import dk.evalsite.render.SiteViews.NavPage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage pages: loads each documentation page on all cores, or keeps it as the last build made it
 * while its file is unchanged; then the navigation (the top-level pages, by weight and path), a
 * site-wide input: when it changes, nothing kept can stay and the kept pages are loaded after all.
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
    List<NavPage> nav = navigation(pages);
    if (!context.cache().siteInput("nav", nav.toString())
        && pages.stream().anyMatch(p -> p.kept() != null)) {
      pages = load(settings);
    }
    pages.forEach(
        p -> (p.kept() != null ? p.kept().replay() : p.own()).forEach(context.diagnostics()::add));
    return Optional.of(new LoadedSite(settings, pages, nav, List.of()));
  }

  private List<PageUnit> load(Settings settings) {
    List<PageSource> sources = settings.sources().pages();
    AtomicInteger loaded = new AtomicInteger();
    return sources.parallelStream()
        .map(this::load)
        .peek(
            p -> context.progress().step("loading pages", loaded.incrementAndGet(), sources.size()))
        .toList();
  }

  private PageUnit load(PageSource source) {
    Probe<UnitRecord> probe =
        context
            .cache()
            .probe(
                "page:" + source.path(), UnitInputs.of(source.file()).with("path", source.path()));
    Optional<UnitRecord> kept = probe.kept().filter(r -> r.stillIn(context.sink()));
    if (kept.isPresent()) {
      return new PageUnit(source, probe, kept.get(), null, List.of());
    }
    Diagnostics own = new Diagnostics();
    own.stage("load");
    Optional<Page> page = new MarkdownReader(markdown, own).page(source);
    return new PageUnit(source, probe, null, page.orElse(null), own.all());
  }

  /** The top-level published pages, by weight and path: reached from every page. */
  private List<NavPage> navigation(List<PageUnit> pages) {
    return pages.stream()
        .map(PageUnit::meta)
        .filter(m -> m != null && (context.drafts() || !m.draft()) && !m.path().contains("/"))
        .sorted(
            Comparator.comparingInt(UnitRecord.PageMeta::weight)
                .thenComparing(UnitRecord.PageMeta::path))
        .map(m -> new NavPage(m.path(), m.title()))
        .toList();
  }
}
