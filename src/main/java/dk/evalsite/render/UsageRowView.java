package dk.evalsite.render;

/**
 * Budget or time: planned, used, the share as printed and, when over, the flag text. Fields marked
 * {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record UsageRowView(
    String id,
    String label,
    String planned,
    String used,
    String printed,
    boolean over,
    @Nullable String flag) {}
