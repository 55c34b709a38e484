package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code chapter.ftlh}: a chapter of a report, narrative and figures in reading order.
 * See docs/theme-model.md.
 */
record ChapterPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    ReportHeadView report,
    ChapterHeadView chapter,
    List<ChapterLinkView> chapters,
    PagerView pager,
    List<SegmentView> segments)
    implements PageModel {
  @Override
  public String template() {
    return "chapter.ftlh";
  }
}
