package dk.evalsite.render;

/** A level-2 heading of a chapter, linked. docs/theme-model.md documents every field. */
record TocSectionView(String text, String url) {}
