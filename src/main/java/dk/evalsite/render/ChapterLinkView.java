package dk.evalsite.render;

import java.util.List;

/**
 * A link to a chapter of the report (the chapter list and the pager); in the chapter list, the
 * current chapter also lists its sections. docs/theme-model.md documents every field.
 */
record ChapterLinkView(
    String number, String title, String url, boolean current, List<TocSectionView> sections) {}
