package dk.evalsite.site;

import dk.evalsite.search.SearchFiles;
import dk.evalsite.search.SearchPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage search: the site's search index (search/*.js, see {@link SearchFiles}) from what each
 * report and documentation page kept of itself ({@link SearchPart}), reports in slug order and then
 * pages in path order, so the bytes depend only on the content. A shard whose file the last build
 * wrote with the same contents (its name says what it holds) is left as it is, not made again; a
 * shard made again gets the terms of its kept units from their texts files.
 */
final class WriteSearchIndex implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  WriteSearchIndex(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    List<SearchPart> parts = new ArrayList<>();
    site.reports().values().stream().map(UnitRecord::search).forEach(parts::add);
    site.pages().values().stream().map(UnitRecord::search).forEach(parts::add);
    parts.removeIf(java.util.Objects::isNull);
    List<SearchFiles.Shard> shards = SearchFiles.shards(parts);
    OutputSink sink = context.sink();
    shards.parallelStream()
        .map(
            shard -> {
              String held = sink.held(shard.path());
              return Map.entry(
                  shard.path(),
                  held != null
                      ? held
                      : sink.put(OutputFile.text(shard.path(), withTerms(shard).script())));
            })
        .toList()
        .forEach(e -> site.shared(e.getKey(), e.getValue()));
    String manifest = "search/manifest.js";
    site.shared(manifest, sink.put(OutputFile.text(manifest, SearchFiles.manifest(shards))));
    return Optional.of(site);
  }

  /**
   * The shard with every unit's terms: those kept from the last build come back without them and
   * are made again from the unit's texts file, which a kept unit still has in the output.
   */
  private SearchFiles.Shard withTerms(SearchFiles.Shard shard) {
    // In parallel: a one-page edit remakes one shard, whose kept units are most of the work.
    List<SearchPart> parts =
        shard.parts().parallelStream().map(p -> p.hasTerms() ? p : again(p)).toList();
    return new SearchFiles.Shard(shard.path(), parts);
  }

  private SearchPart again(SearchPart part) {
    byte[] texts = context.sink().read(SearchPart.path(part.key()));
    if (texts == null) {
      throw new IllegalStateException("the search texts of a kept unit are missing: " + part.key());
    }
    return part.again(new String(texts, java.nio.charset.StandardCharsets.UTF_8));
  }
}
