package dk.evalsite.site;

import dk.evalsite.content.Page;
import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.incremental.UnitCache.Probe;
import java.util.List;

/**
 * A documentation page of this build: loaded now ({@code page}; null when it failed to load), or
 * kept as the last build made it ({@code kept}).
 */
record PageUnit(
    PageSource source, Probe<UnitRecord> probe, UnitRecord kept, Page page, List<Diagnostic> own) {

  /** What the navigation needs of the page; null when it failed to load. */
  UnitRecord.PageMeta meta() {
    if (kept != null) {
      return kept.page();
    }
    return page == null
        ? null
        : new UnitRecord.PageMeta(page.path(), page.title(), page.weight(), page.draft());
  }
}
