package dk.evalsite.render;

import java.util.List;

/**
 * The budget and time consumption table of one region. docs/theme-model.md documents every field.
 */
record BudgetContent(RegionRefView region, List<UsageRowView> rows) implements FigureContent {}
