package dk.evalsite.render;

import java.util.List;

/**
 * A table of activity, output or effect goals of one region. docs/theme-model.md documents every
 * field.
 */
record GoalsContent(String goalKind, RegionRefView region, boolean effect, List<GoalRowView> rows)
    implements FigureContent {}
