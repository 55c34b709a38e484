package dk.evalsite.render;

import java.util.List;

/**
 * One chapter in the landing page's table of contents, with its level-2 sections.
 * docs/theme-model.md documents every field.
 */
record TocEntryView(String number, String title, String url, List<TocSectionView> sections) {}
