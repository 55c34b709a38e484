package dk.evalsite.render;

/**
 * A column header of the table: its id, label, the link to the table sorted by it ({@code action}
 * says which way, for screen readers) and, on the column the page is sorted by, {@code sort}
 * ("ascending" or "descending", the value of aria-sort). Fields marked {@link Nullable} may be
 * null; docs/theme-model.md documents every field.
 */
record TableColumnView(String id, String label, String url, String action, @Nullable String sort) {}
