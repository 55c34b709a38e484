package dk.evalsite.render;

import java.util.List;

/**
 * One table of the comparison: its id, caption, the heading of its first column and its rows.
 * docs/theme-model.md documents every field.
 */
record CompareTableView(String id, String caption, String rowHead, List<CompareRowView> rows) {}
