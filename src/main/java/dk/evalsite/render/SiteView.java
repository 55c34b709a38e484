package dk.evalsite.render;

/**
 * The site as every page shows it: from site.yaml. Fields marked {@link Nullable} may be null;
 * docs/theme-model.md documents every field.
 */
record SiteView(String title, @Nullable String description, String lang) {}
