package dk.evalsite.render;

/**
 * One value of a facet: its label (in {@code lang} when that is not the page's language), the link
 * to its page and its number of evaluations, formatted ("12 rapporter"). Fields marked {@link
 * Nullable} may be null; docs/theme-model.md documents every field.
 */
record FacetValueView(String label, @Nullable String lang, String url, String count) {}
