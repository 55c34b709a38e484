package dk.evalsite.render;

/**
 * One verdict on a report card: its short title, light and formatted figure. Fields marked {@link
 * Nullable} may be null; docs/theme-model.md documents every field.
 */
record CardLightView(String verdict, String title, BadgeView badge, @Nullable String figure) {}
