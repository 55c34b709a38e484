package dk.evalsite.render;

/**
 * One implementation band: its light and range of means. docs/theme-model.md documents every field.
 */
public record BandRangeView(BadgeView badge, String range) {}
