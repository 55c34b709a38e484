package dk.evalsite.render;

import java.util.Map;

/**
 * The model of {@code page.ftlh}: a documentation page from content/pages. See docs/theme-model.md.
 */
record DocPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    String html,
    @Nullable DatesView dates)
    implements PageModel {
  @Override
  public String template() {
    return "page.ftlh";
  }
}
