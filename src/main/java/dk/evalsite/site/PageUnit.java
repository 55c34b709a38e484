package dk.evalsite.site;

import dk.evalsite.config.LocalText;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.Page;
import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.render.Twin;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A documentation page of this build: loaded now ({@code page}; null when it failed to load), or
 * kept as the last build made it ({@code kept}); {@code twin} is the same page in another language,
 * or null.
 */
record PageUnit(
    PageSource source,
    Probe<UnitRecord> probe,
    UnitRecord kept,
    Page page,
    List<Diagnostic> own,
    String siteLanguage,
    Twin twin) {

  /** What the navigation needs of the page; null when it failed to load. */
  UnitRecord.PageMeta meta() {
    if (kept != null) {
      return kept.page();
    }
    if (page == null) {
      return null;
    }
    String language = page.language() == null ? siteLanguage : page.language();
    SortedMap<String, LocalText.Shown> titles = new TreeMap<>();
    for (String l : SiteConfig.LANGUAGES) {
      titles.put(l, page.title().shown(l, language));
    }
    return new UnitRecord.PageMeta(
        page.path(),
        titles.get(language).text(),
        language,
        titles,
        page.weight(),
        page.draft(),
        page.translation(),
        page.dates());
  }

  PageUnit withTwin(Twin newTwin) {
    return new PageUnit(source, probe, kept, page, own, siteLanguage, newTwin);
  }
}
