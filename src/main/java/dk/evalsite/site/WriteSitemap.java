package dk.evalsite.site;

import dk.evalsite.render.Urls;
import java.util.List;
import java.util.Optional;

/**
 * Stage sitemap: sitemap.xml of every page but 404.html, when site.yaml gives the site's address.
 */
final class WriteSitemap implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  WriteSitemap(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    String baseUrl = site.loaded().settings().config().baseUrl();
    if (baseUrl != null) {
      List<String> pages =
          site.files().keySet().stream()
              .filter(p -> p.endsWith(".html") && !p.equals(Urls.notFound()))
              .toList();
      OutputFile sitemap = OutputFile.text("sitemap.xml", Sitemap.of(baseUrl, pages));
      site.shared(sitemap.path(), context.sink().put(sitemap));
    }
    return Optional.of(site);
  }
}
