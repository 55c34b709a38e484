package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code index.ftlh}: one page of the site index, with its reports' cards, the
 * portfolio chart (SVG; on the first page only, none without reports) and, when the index has more
 * than one page, its pager; {@code browse} links the facet pages and the table. See
 * docs/theme-model.md.
 */
record IndexPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    List<ReportCardView> reports,
    @Nullable String portfolio,
    @Nullable IndexPagerView pager,
    List<LinkView> browse)
    implements PageModel {
  @Override
  public String template() {
    return "index.ftlh";
  }
}
