package dk.evalsite.render;

/**
 * One row of the fact box: label and formatted value. docs/theme-model.md documents every field.
 */
record FactView(String label, String value) {}
