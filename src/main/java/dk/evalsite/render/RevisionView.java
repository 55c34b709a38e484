package dk.evalsite.render;

import java.util.List;

/**
 * One published revision of a report on its history page: the day, its change note, whether it
 * first published the report, and each printed figure it changed, old and new as printed. See
 * docs/theme-model.md.
 */
record RevisionView(
    String date,
    String datetime,
    @Nullable String note,
    boolean first,
    List<RevisionChangeView> changes) {}
