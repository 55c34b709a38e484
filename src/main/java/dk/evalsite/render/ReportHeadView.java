package dk.evalsite.render;

/**
 * The report a page belongs to: title, kind and grant holder, the link to its landing page, and the
 * notice every page of a made-up example shows ({@code fictional}, null for a real report).
 * docs/theme-model.md documents every field.
 */
record ReportHeadView(
    String title, String slug, String kind, String meta, String url, @Nullable String fictional) {}
