package dk.evalsite.render;

import java.util.List;

/**
 * A report's card on the site index, all in the report's language; a report and its translation
 * share one card (the one in the site's language), which links the other. docs/theme-model.md
 * documents every field.
 */
record ReportCardView(
    String title,
    String url,
    String lang,
    String meta,
    List<CardLightView> lights,
    List<LanguageLinkView> translations,
    boolean draft,
    @Nullable DatesView dates) {}
