package dk.evalsite.render;

/**
 * The typed root a template receives: each record's fields are the template's top-level variables.
 */
public sealed interface PageModel
    permits IndexPageView,
        DocPageView,
        ReportPageView,
        ChapterPageView,
        AppendixPageView,
        NotFoundPageView,
        FacetsPageView,
        FacetPageView,
        TablePageView,
        HistoryPageView,
        PrintView {
  /** The template that renders this model (below the theme's templates/). */
  String template();
}
