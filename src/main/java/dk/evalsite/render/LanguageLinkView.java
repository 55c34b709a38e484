package dk.evalsite.render;

/**
 * A visible link to the same report or page in another language: the language switch of a page, or
 * a report card's link to its translation. The label is the language's name in that language
 * ("English", "Dansk"). docs/theme-model.md documents every field.
 */
record LanguageLinkView(String lang, String url, String label, String title) {}
