package dk.evalsite.render;

/**
 * A traffic light: its id (green, yellow, red or none; the CSS class and shape) and its label in
 * the page's language. docs/theme-model.md documents every field.
 */
record BadgeView(String light, String label) {}
