package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code table.ftlh}: one page of the table of all evaluations in one sort order
 * ({@code order}: how it is sorted, in words), its column headers (each a link to a sorted
 * variant), its rows and, past one page, the pager. Fields marked {@link Nullable} may be null; see
 * docs/theme-model.md.
 */
record TablePageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    String order,
    List<TableColumnView> columns,
    List<TableRowView> rows,
    @Nullable IndexPagerView pager)
    implements PageModel {
  @Override
  public String template() {
    return "table.ftlh";
  }
}
