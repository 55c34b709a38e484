package dk.evalsite.render;

import java.util.List;

/**
 * What the frame of one page shows: its language, title, where it is, the navigation, the
 * breadcrumbs, the theme's extra stylesheets and, for a page with a twin, the alternate links and
 * the language switch. Fields marked {@link Nullable} may be null; docs/theme-model.md documents
 * every field.
 */
record PageInfoView(
    String lang,
    String title,
    @Nullable String description,
    String root,
    String path,
    boolean draft,
    @Nullable String canonical,
    List<NavItemView> nav,
    List<CrumbView> breadcrumbs,
    List<String> stylesheets,
    List<AlternateView> alternates,
    @Nullable LanguageLinkView translation) {}
