package dk.evalsite.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Stage pdf: the reports' PDF editions, last, so that a build that fails (a broken link, a bad
 * figure) fails before spending most of its time on them. A PDF takes far longer than a page; they
 * are made on all cores, each job keeping only its own document, and each report's record is
 * completed with its PDF and landing page.
 */
final class MakePdfs implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  MakePdfs(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    List<Map.Entry<String, Supplier<UnitRecord>>> jobs =
        new ArrayList<>(site.pdfJobs().all().entrySet());
    AtomicInteger done = new AtomicInteger();
    jobs.parallelStream()
        .map(job -> Map.entry(job.getKey(), job.getValue().get()))
        .peek(r -> context.progress().step("making PDFs", done.incrementAndGet(), jobs.size()))
        .toList()
        .forEach(r -> site.report(r.getKey(), r.getValue()));
    site.pdfJobs().diagnostics().all().forEach(context.diagnostics()::add);
    return context.diagnostics().hasErrors() ? Optional.empty() : Optional.of(site);
  }
}
