package dk.evalsite.history;

import java.time.Instant;

/** When a file was first committed and last changed, by the commit time of those commits. */
public record FileSpan(Instant first, Instant last) {

  /** The span of both: the earlier first commit, the later last change. */
  public FileSpan join(FileSpan other) {
    if (other == null) {
      return this;
    }
    return new FileSpan(
        first.isBefore(other.first) ? first : other.first,
        last.isAfter(other.last) ? last : other.last);
  }
}
