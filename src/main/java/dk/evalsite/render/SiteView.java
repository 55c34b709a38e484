package dk.evalsite.render;

/**
 * The site as a page shows it: from site.yaml, its title and description in the page's language
 * when site.yaml gives one, else in the site's. Fields marked {@link Nullable} may be null;
 * docs/theme-model.md documents every field.
 */
record SiteView(
    String title,
    String titleLang,
    @Nullable String description,
    @Nullable String descriptionLang,
    String lang) {}
