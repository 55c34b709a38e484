package dk.evalsite.site;

import dk.evalsite.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site as the render stages have made it so far: what each unit made (rendered now or kept),
 * and the files of no one unit (the chart font, the theme's assets, the sitemap). The stages after
 * rendering add to it; the files themselves are already in the build's {@link OutputSink}.
 */
final class RenderedSite {
  private final LoadedSite loaded;
  private final Theme theme;
  private final SortedMap<String, UnitRecord> reports = new TreeMap<>();
  private final SortedMap<String, UnitRecord> pages = new TreeMap<>();
  private final SortedMap<String, String> shared = new TreeMap<>();
  private final AtomicInteger renderedPages;
  private UnitRecord index;
  private final PdfJobs pdfJobs = new PdfJobs();

  RenderedSite(LoadedSite loaded, Theme theme, AtomicInteger renderedPages) {
    this.loaded = loaded;
    this.theme = theme;
    this.renderedPages = renderedPages;
  }

  LoadedSite loaded() {
    return loaded;
  }

  Theme theme() {
    return theme;
  }

  void report(String slug, UnitRecord record) {
    reports.put(slug, record);
  }

  void page(String path, UnitRecord record) {
    pages.put(path, record);
  }

  void index(UnitRecord record) {
    index = record;
  }

  /** Records a file of no one unit and its checksum. */
  void shared(String path, String checksum) {
    shared.put(path, checksum);
  }

  SortedMap<String, UnitRecord> reports() {
    return reports;
  }

  SortedMap<String, UnitRecord> pages() {
    return pages;
  }

  SortedMap<String, String> shared() {
    return shared;
  }

  /** Every unit: the reports, the pages and the index (when there is one). */
  List<UnitRecord> units() {
    List<UnitRecord> units = new ArrayList<>(reports.values());
    units.addAll(pages.values());
    if (index != null) {
      units.add(index);
    }
    return units;
  }

  /** Every file of the site, by path: its checksum. */
  SortedMap<String, String> files() {
    SortedMap<String, String> all = new TreeMap<>(shared);
    for (UnitRecord unit : units()) {
      unit.outputs().forEach(o -> all.put(o.path(), o.hash()));
      unit.copied().forEach(c -> all.put(c.path(), c.hash()));
    }
    return all;
  }

  /** The reports' PDF editions, made last (stage pdf). */
  PdfJobs pdfJobs() {
    return pdfJobs;
  }

  AtomicInteger renderedPagesCounter() {
    return renderedPages;
  }

  /** How many pages this build rendered (the others were kept as the last build made them). */
  int renderedPages() {
    return renderedPages.get();
  }
}
