package dk.evalsite.render;

import java.util.List;

/**
 * One of chapters 2–7 in the PDF edition: its head, its narrative and figures in reading order, and
 * its numbered figures for the PDF's bookmarks. docs/theme-model.md documents every field.
 */
record PrintChapterView(
    ChapterHeadView chapter, List<SegmentView> segments, List<BookmarkView> figures) {}
