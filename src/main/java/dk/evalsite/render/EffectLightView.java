package dk.evalsite.render;

/** One effect light and what it means. docs/theme-model.md documents every field. */
record EffectLightView(BadgeView badge, String meaning) {}
