package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code facets.ftlh}: every facet with its values, each linked to its page with its
 * count, and the link to the table of all reports. See docs/theme-model.md.
 */
record FacetsPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    List<FacetListView> facets,
    String table)
    implements PageModel {
  @Override
  public String template() {
    return "facets.ftlh";
  }
}
