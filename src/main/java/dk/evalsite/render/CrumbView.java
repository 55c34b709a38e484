package dk.evalsite.render;

/**
 * One breadcrumb; the last one (the current page) has no link. Fields marked {@link Nullable} may
 * be null; docs/theme-model.md documents every field.
 */
record CrumbView(String title, @Nullable String url) {}
