package dk.evalsite.render;

/**
 * A file of the report to download (its PDF edition): the address and the link text with the file's
 * size, formatted in the page's language. docs/theme-model.md documents every field.
 */
record DownloadView(String url, String text) {}
