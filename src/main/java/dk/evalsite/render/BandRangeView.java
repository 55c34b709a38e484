package dk.evalsite.render;

/**
 * One implementation band: its light and range of means. docs/theme-model.md documents every field.
 */
record BandRangeView(BadgeView badge, String range) {}
