package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/** The model of {@code appendix.ftlh}: Bilag A of a report. See docs/theme-model.md. */
record AppendixPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    ReportHeadView report,
    ChapterHeadView chapter,
    List<ChapterLinkView> chapters,
    PagerView pager,
    AppendixView appendix)
    implements PageModel {
  @Override
  public String template() {
    return "appendix.ftlh";
  }
}
