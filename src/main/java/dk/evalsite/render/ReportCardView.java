package dk.evalsite.render;

import java.util.List;

/**
 * A report's card on the site index, all in the report's language; a report and its translation
 * share one card (the one in the site's language), which links the other. docs/theme-model.md
 * documents every field. A project's final and midterm link each other ({@code project}); a midterm
 * whose final is published is {@code superseded}; {@code fictional} marks a made-up example.
 */
record ReportCardView(
    String title,
    String url,
    String lang,
    String meta,
    List<CardLightView> lights,
    List<LanguageLinkView> translations,
    boolean draft,
    @Nullable ProjectLinkView project,
    boolean superseded,
    @Nullable String fictional,
    @Nullable DatesView dates) {}
