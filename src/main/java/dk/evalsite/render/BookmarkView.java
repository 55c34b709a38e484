package dk.evalsite.render;

/**
 * A PDF bookmark below its chapter: the label shown and the id it jumps to. docs/theme-model.md
 * documents every field.
 */
record BookmarkView(String label, String target) {}
