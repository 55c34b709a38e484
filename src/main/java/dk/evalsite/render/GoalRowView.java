package dk.evalsite.render;

/**
 * One goal: target, status and attainment as printed, the outcome (met, partly, over,
 * not-collected...) for the CSS class, and the row's light (null when it has none). Fields marked
 * {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record GoalRowView(
    String id,
    String label,
    String target,
    @Nullable String targetAfter,
    String status,
    String printed,
    String outcome,
    String outcomeLabel,
    @Nullable BadgeView badge,
    @Nullable String note) {}
