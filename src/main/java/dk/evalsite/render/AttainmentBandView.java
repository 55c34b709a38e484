package dk.evalsite.render;

/**
 * One attainment band: light, meaning and the range for final and midterm evaluations (empty when
 * the kind has no such band). Fields marked {@link Nullable} may be null; docs/theme-model.md
 * documents every field.
 */
record AttainmentBandView(
    BadgeView badge, @Nullable String meaning, String finalRange, String midtermRange) {}
