package dk.evalsite.render;

import dk.evalsite.history.Dates;

/**
 * When a report or page was first published and last changed, printed in its language with the ISO
 * date for {@code <time datetime>}; {@code same} when both are the same day (shown once). Fields
 * marked {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record DatesView(
    String publishedLabel,
    @Nullable String published,
    @Nullable String publishedDatetime,
    String updatedLabel,
    @Nullable String updated,
    @Nullable String updatedDatetime,
    boolean same) {

  /** The view of {@code dates}; null when neither date is known. */
  static DatesView of(Dates dates, Messages msg) {
    if (dates == null || (dates.published() == null && dates.updated() == null)) {
      return null;
    }
    Formats fmt = new Formats(msg.language());
    return new DatesView(
        msg.get("report.published"),
        dates.published() == null ? null : fmt.date(dates.published()),
        dates.published() == null ? null : dates.published().toString(),
        msg.get("dates.updated"),
        dates.updated() == null ? null : fmt.date(dates.updated()),
        dates.updated() == null ? null : dates.updated().toString(),
        dates.published() != null && dates.published().equals(dates.updated()));
  }
}
