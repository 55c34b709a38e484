package dk.evalsite.render;

import java.util.List;

/**
 * One evaluation in the table: title and link (in {@code lang}, the report's language, as are fund
 * and grant holder), kind, year ("Uden dato" when the report has no date), fund and grant holder
 * (null when not given) and its three verdicts in the page's language. Fields marked {@link
 * Nullable} may be null; docs/theme-model.md documents every field.
 */
record TableRowView(
    String title,
    String url,
    String lang,
    String kind,
    String year,
    @Nullable String fund,
    @Nullable String grantHolder,
    List<CardLightView> verdicts,
    boolean draft) {}
