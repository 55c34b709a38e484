package dk.evalsite.render;

import java.util.List;

/**
 * A survey section's table. Fields marked {@link Nullable} may be null; docs/theme-model.md
 * documents every field.
 */
record SurveyContent(@Nullable String lead, String column, List<SurveyRowView> rows)
    implements FigureContent {}
