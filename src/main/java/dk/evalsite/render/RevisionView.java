package dk.evalsite.render;

import java.util.List;

/**
 * One published revision of a report on its history page: the day, its change note, whether it
 * first published the report, and each printed figure it changed, already written out ("B3, Region
 * Sjælland, målopnåelse: 40 % → 70 %"). See docs/theme-model.md.
 */
record RevisionView(
    String date, String datetime, @Nullable String note, boolean first, List<String> changes) {}
