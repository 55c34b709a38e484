package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The PDF edition of one report, as one print document: cover, contents, the Resumé, chapters 2–7
 * and Bilag A, fed by the same views as the report's pages. Fields marked {@link Nullable} may be
 * null; docs/theme-model.md documents every field.
 */
public record PrintView(
    SiteView site,
    String language,
    Map<String, String> msg,
    ReportHeadView report,
    CreditsView credits,
    @Nullable String grantHolder,
    List<VerdictView> verdicts,
    List<FactView> facts,
    ChapterHeadView resume,
    List<PrintChapterView> chapters,
    ChapterHeadView appendixChapter,
    AppendixView appendix)
    implements PageModel {
  @Override
  public String template() {
    return "pdf.ftlh";
  }
}
