package dk.evalsite.render;

/**
 * Who made a report and when (its {@code date:}, and its {@code dates} first published and last
 * changed), and how to cite it. Fields marked {@link Nullable} may be null; docs/theme-model.md
 * documents every field.
 */
record CreditsView(
    @Nullable String date,
    @Nullable String datetime,
    @Nullable String evaluator,
    String citation,
    @Nullable String url,
    @Nullable DatesView dates) {}
