package dk.evalsite.render;

/**
 * A figure: caption, number, chart and the table of its kind ({@code content}); or, for a chart
 * placed on its own, the chart and a link to the figure with the data. Fields marked {@link
 * Nullable} may be null; docs/theme-model.md documents every field.
 */
record FigureView(
    String kind,
    String id,
    @Nullable String number,
    @Nullable String caption,
    @Nullable String chart,
    @Nullable ChartLinkView link,
    @Nullable String note,
    @Nullable FigureContent content) {}
