package dk.evalsite.site;

import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.validate.LinkChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stage links: every link of every unit, kept or rendered now, against every file of the new site
 * and the anchors on its pages.
 */
final class CheckLinks implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  CheckLinks(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    Map<String, List<String>> files = new HashMap<>();
    site.shared().keySet().forEach(path -> files.put(path, List.of()));
    List<LinkChecker.Source> sources = new ArrayList<>();
    for (UnitRecord unit : site.units()) {
      unit.outputs().forEach(o -> files.put(o.path(), o.ids()));
      unit.copied().forEach(c -> files.put(c.path(), List.of()));
      Map<String, List<LinkRef>> byPage = new TreeMap<>();
      unit.links()
          .forEach(l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.ref()));
      byPage.forEach((page, refs) -> sources.add(new LinkChecker.Source(page, refs)));
    }
    new LinkChecker(context.diagnostics()).check(sources, files);
    return context.diagnostics().hasErrors() ? Optional.empty() : Optional.of(site);
  }
}
