package dk.evalsite.render;

/**
 * One row of the fact box: label, formatted value and, on a report's landing page, the link to the
 * facet page of reports with the same value (grant holder, fund, priority axis, year). Fields
 * marked {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record FactView(String label, String value, @Nullable String url) {}
