package dk.evalsite.render;

import java.util.List;

/**
 * A report's card on the site index. Only the title is in the report's language.
 * docs/theme-model.md documents every field.
 */
record ReportCardView(
    String title,
    String url,
    String lang,
    String meta,
    List<CardLightView> lights,
    boolean draft) {}
