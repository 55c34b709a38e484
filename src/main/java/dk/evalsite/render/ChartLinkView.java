package dk.evalsite.render;

/**
 * The link under a chart placed on its own, to the figure that holds its data. docs/theme-model.md
 * documents every field.
 */
record ChartLinkView(String url, String text) {}
