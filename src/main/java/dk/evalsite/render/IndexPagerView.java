package dk.evalsite.render;

import java.util.List;

/**
 * Where one page of the site index stands among all of them: the index is split into pages of at
 * most {@link SiteViews#CARDS_PER_PAGE} cards so that no page grows without bound. Fields marked
 * {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record IndexPagerView(
    String label, @Nullable String prev, @Nullable String next, List<IndexPageLinkView> pages) {}
