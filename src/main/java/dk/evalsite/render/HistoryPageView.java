package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code history.ftlh}: a report's published revisions, newest first, each with its
 * date, change note and the printed figures it changed; prose-only edits without a note are summed
 * up in {@code minorEdits}. Fields marked {@link Nullable} may be null; see docs/theme-model.md.
 */
record HistoryPageView(
    SiteView site,
    PageInfoView page,
    Map<String, String> msg,
    String reportTitle,
    String reportUrl,
    List<RevisionView> revisions,
    @Nullable String minorEdits)
    implements PageModel {
  @Override
  public String template() {
    return "history.ftlh";
  }
}
