package dk.evalsite.history;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a report or page was first published and last changed, as calendar dates in the site's time
 * zone. A date written in the content ({@code date:}, {@code updated:}) wins over git's; either may
 * be null (no date known). The last change is never before the first publication.
 */
public record Dates(LocalDate published, LocalDate updated) {
  public static final Dates NONE = new Dates(null, null);

  /** The dates the content states, before git is asked. */
  public static Dates stated(LocalDate published, LocalDate updated) {
    return new Dates(published, updated);
  }

  /** These dates, with what git says filling the ones the content does not state. */
  public Dates withGit(FileSpan span, ZoneId zone) {
    if (span == null) {
      return ordered(published, updated);
    }
    LocalDate first = span.first().atZone(zone).toLocalDate();
    LocalDate last = span.last().atZone(zone).toLocalDate();
    return ordered(published == null ? first : published, updated == null ? last : updated);
  }

  private static Dates ordered(LocalDate published, LocalDate updated) {
    if (published != null && updated != null && updated.isBefore(published)) {
      return new Dates(published, published);
    }
    return new Dates(published, updated);
  }

  /** "2022-11-15/2026-03-01", "/" when neither is known: how the build cache keeps them. */
  @com.fasterxml.jackson.annotation.JsonValue
  public String text() {
    return (published == null ? "" : published.toString())
        + "/"
        + (updated == null ? "" : updated.toString());
  }

  @com.fasterxml.jackson.annotation.JsonCreator
  public static Dates parse(String text) {
    int slash = text.indexOf('/');
    String first = text.substring(0, slash);
    String last = text.substring(slash + 1);
    return new Dates(
        first.isEmpty() ? null : LocalDate.parse(first),
        last.isEmpty() ? null : LocalDate.parse(last));
  }

  /** What git says of a span, as it decides a unit's output: an input of the unit cache. */
  public static String key(FileSpan span, ZoneId zone) {
    return span == null
        ? ""
        : span.first().atZone(zone).toLocalDate() + "/" + span.last().atZone(zone).toLocalDate();
  }
}
