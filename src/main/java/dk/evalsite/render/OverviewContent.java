package dk.evalsite.render;

import java.util.List;

/**
 * The overview table of goal attainment and consumption. docs/theme-model.md documents every field.
 */
record OverviewContent(List<OverviewRowView> rows) implements FigureContent {}
