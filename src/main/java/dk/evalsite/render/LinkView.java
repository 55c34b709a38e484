package dk.evalsite.render;

/**
 * A plain link to a page, in the language of its text. docs/theme-model.md documents every field.
 */
record LinkView(String title, String url, String lang) {}
