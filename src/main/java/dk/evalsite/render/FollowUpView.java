package dk.evalsite.render;

/**
 * On a midterm evaluation's landing page, the link forward to the project's final evaluation: the
 * link text, its URL, the final's title and language. docs/theme-model.md documents every field.
 */
record FollowUpView(String text, String url, String title, String lang) {}
