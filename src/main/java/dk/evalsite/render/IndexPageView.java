package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code index.ftlh}: the site index with every report's card and the portfolio chart
 * (SVG, none without reports). See docs/theme-model.md.
 */
record IndexPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    List<ReportCardView> reports,
    @Nullable String portfolio)
    implements PageModel {
  @Override
  public String template() {
    return "index.ftlh";
  }
}
