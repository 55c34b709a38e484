package dk.evalsite.site;

import dk.evalsite.diag.Diagnostics;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/**
 * The reports' PDF editions still to make, by slug: each job makes one report's PDF, writes it and
 * the landing page linking it, and gives the report's completed record. Stage render fills it;
 * stage pdf runs it.
 */
final class PdfJobs {
  private final SortedMap<String, Supplier<UnitRecord>> jobs = new ConcurrentSkipListMap<>();
  private final Diagnostics diagnostics = new Diagnostics();

  void later(String slug, Supplier<UnitRecord> job) {
    jobs.put(slug, job);
  }

  /** Where the jobs' template errors go; stage pdf reports them. */
  Diagnostics diagnostics() {
    return diagnostics;
  }

  SortedMap<String, Supplier<UnitRecord>> all() {
    return jobs;
  }
}
