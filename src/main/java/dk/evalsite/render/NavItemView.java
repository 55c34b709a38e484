package dk.evalsite.render;

/**
 * One entry of the site navigation: the report list or a documentation page, in the page's language
 * when the page has a twin or a title in it. Fields marked {@link Nullable} may be null;
 * docs/theme-model.md documents every field.
 */
record NavItemView(
    String title, String lang, String url, @Nullable String hreflang, boolean current) {}
