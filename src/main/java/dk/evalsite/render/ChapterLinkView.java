package dk.evalsite.render;

/**
 * A link to a chapter of the report (the chapter list and the pager). docs/theme-model.md documents
 * every field.
 */
record ChapterLinkView(String number, String title, String url, boolean current) {}
