package dk.evalsite.render;

/**
 * A row of a comparison table: what it is ({@code id}, its {@code label}, marked {@code labelLang}
 * when in another language than the page), its value then and now with their lights (each judged by
 * its own evaluation's bands), the change, and {@code presence} ("both", "only-then" or "only-now")
 * with its note. docs/theme-model.md documents every field.
 */
record CompareRowView(
    String id,
    @Nullable String code,
    String label,
    @Nullable String labelLang,
    String then,
    @Nullable BadgeView thenBadge,
    String now,
    @Nullable BadgeView nowBadge,
    String change,
    String presence,
    @Nullable String presenceNote) {}
