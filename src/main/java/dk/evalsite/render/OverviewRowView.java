package dk.evalsite.render;

/**
 * One row of the overview table. Fields marked {@link Nullable} may be null; docs/theme-model.md
 * documents every field.
 */
record OverviewRowView(String label, String value, boolean over, @Nullable BadgeView badge) {}
