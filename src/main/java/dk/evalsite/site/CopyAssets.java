package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.render.Theme;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stage assets: the chart font and the theme's static files, shared by every page; then makes sure
 * no image or attachment a page links to lands where a page or one of these files is (one of them
 * would silently win: pages/assets/style.css against the theme's assets/style.css).
 */
final class CopyAssets implements Stage<RenderedSite, RenderedSite> {
  private final BuildContext context;

  CopyAssets(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<RenderedSite> run(RenderedSite site) {
    put(site, new OutputFile("assets/evalsite-chart.ttf", ChartRenderer.fontFile()));
    for (Theme.Asset asset : site.theme().assets()) {
      put(site, new OutputFile("assets/" + asset.path(), asset.bytes()));
    }
    Map<String, String> taken = new HashMap<>();
    site.shared().keySet().forEach(path -> taken.put(path, "a file of the theme"));
    site.units().forEach(u -> u.outputs().forEach(o -> taken.put(o.path(), "a page of the site")));
    for (UnitRecord unit : site.units()) {
      for (UnitRecord.Copied copied : unit.copied()) {
        String other = taken.get(copied.path());
        if (other != null) {
          context
              .diagnostics()
              .error(
                  "E-MD-005",
                  SourcePos.of(Path.of(copied.source())),
                  "this file would be published as " + copied.path() + ", where " + other + " is",
                  "Rename the file or move it into another folder.");
        }
      }
    }
    return Optional.of(site);
  }

  private void put(RenderedSite site, OutputFile file) {
    site.shared(file.path(), context.sink().put(file));
  }
}
