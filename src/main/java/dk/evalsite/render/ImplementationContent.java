package dk.evalsite.render;

import java.util.List;

/**
 * The implementation table: one row per parameter, and the mean with its light when there is one.
 * Fields marked {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record ImplementationContent(
    List<ParameterRowView> rows, @Nullable String mean, @Nullable BadgeView badge)
    implements FigureContent {}
