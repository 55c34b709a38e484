package dk.evalsite.site;

import dk.evalsite.search.SearchDoc;
import dk.evalsite.search.SearchFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage search: the site's search index (search/*.js, see {@link SearchFiles}) from what each
 * report and documentation page kept of its text, reports in slug order and then pages in path
 * order, so the bytes depend only on the content.
 */
final class WriteSearchIndex implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  WriteSearchIndex(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    List<SearchDoc> docs = new ArrayList<>();
    site.reports().values().forEach(unit -> docs.addAll(unit.search()));
    site.pages().values().forEach(unit -> docs.addAll(unit.search()));
    SearchFiles.of(docs)
        .forEach(
            (path, text) -> site.shared(path, context.sink().put(OutputFile.text(path, text))));
    return Optional.of(site);
  }
}
