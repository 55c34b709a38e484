package dk.evalsite.render;

/**
 * One piece of a chapter in reading order: narrative HTML or a figure (exactly one is set). Fields
 * marked {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record SegmentView(@Nullable String html, @Nullable FigureView figure) {}
