package dk.evalsite.render;

/**
 * One of the three verdicts on a report's landing page, every figure already formatted and its
 * light already chosen. Fields marked {@link Nullable} may be null; docs/theme-model.md documents
 * every field.
 */
record VerdictView(
    String id,
    String title,
    @Nullable String figure,
    @Nullable String unit,
    BadgeView badge,
    @Nullable String range,
    @Nullable String meaning,
    @Nullable String evidence,
    @Nullable String text,
    @Nullable String note) {}
