package dk.evalsite.render;

/**
 * The links to the previous and next chapter; the first chapter has no previous, the last no next.
 * Fields marked {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record PagerView(@Nullable ChapterLinkView prev, @Nullable ChapterLinkView next) {}
