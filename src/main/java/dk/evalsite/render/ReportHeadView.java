package dk.evalsite.render;

/**
 * The report a page belongs to: title, kind and grant holder, and the link to its landing page.
 * docs/theme-model.md documents every field.
 */
record ReportHeadView(String title, String slug, String kind, String meta, String url) {}
