package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code facet.ftlh}: one page of the evaluations with one value of a facet ({@code
 * facet}: the facet's name; {@code value}: the value, in {@code valueLang} when that is not the
 * page's language), their number, their light chart (SVG, first page only), their cards and, past
 * one page, the pager. Fields marked {@link Nullable} may be null; see docs/theme-model.md.
 */
record FacetPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    String facet,
    String value,
    @Nullable String valueLang,
    String count,
    @Nullable String portfolio,
    List<ReportCardView> reports,
    @Nullable IndexPagerView pager)
    implements PageModel {
  @Override
  public String template() {
    return "facet.ftlh";
  }
}
