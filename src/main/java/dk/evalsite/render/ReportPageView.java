package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code report.ftlh}: a report's landing page (Resumé) with its verdicts, facts,
 * table of contents and credits; a final evaluation's comparison with its project's midterm, a
 * midterm's link forward to the final. See docs/theme-model.md.
 */
record ReportPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    ReportHeadView report,
    ChapterHeadView chapter,
    List<ChapterLinkView> chapters,
    PagerView pager,
    List<VerdictView> verdicts,
    List<FactView> facts,
    List<TocEntryView> toc,
    CreditsView credits,
    String scoresUrl,
    @Nullable CompareView compare,
    @Nullable FollowUpView followUp,
    @Nullable String historyUrl,
    @Nullable DownloadView pdf)
    implements PageModel {
  @Override
  public String template() {
    return "report.ftlh";
  }
}
