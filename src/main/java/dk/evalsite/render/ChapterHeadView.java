package dk.evalsite.render;

/**
 * The chapter a report page shows: its id, printed number and title. docs/theme-model.md documents
 * every field.
 */
record ChapterHeadView(String id, String number, String title) {}
