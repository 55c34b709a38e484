package dk.evalsite.render;

/**
 * One entry of the site navigation: the report list or a documentation page. docs/theme-model.md
 * documents every field.
 */
record NavItemView(String title, String lang, String url, boolean current) {}
