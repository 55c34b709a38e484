package dk.evalsite.scoring;

/**
 * How much of a target was reached (or of a budget used), as the template prints it: a whole
 * percent, truncated. {@code percent} is null when it has no finite value (a target of 0, or a
 * status not collected); {@code capped} is what enters an average (at most 100), null when the row
 * is left out of averages.
 */
public record Share(Outcome outcome, Integer percent, Integer capped) {

  public enum Outcome {
    /** Above target: printed "+100 %". */
    OVER,
    /** Exactly met: printed "100 %". */
    MET,
    /** Below target: printed as the truncated percent. */
    UNDER,
    /** Target 0 and status 0: undefined; printed "0 %" as the reference does. */
    UNDEFINED,
    /** Status not collected yet: printed "-" and left out of averages. */
    NOT_COLLECTED
  }
}
