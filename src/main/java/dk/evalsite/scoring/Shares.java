package dk.evalsite.scoring;

import dk.evalsite.scoring.Share.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The per-row rule of Bilag A: status / target, truncated to a whole percent. */
public final class Shares {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

  private Shares() {}

  /** {@code status} null means not collected. Both values are exact decimals, never negative. */
  public static Share of(BigDecimal target, BigDecimal status) {
    if (status == null) {
      return new Share(Outcome.NOT_COLLECTED, null, null);
    }
    if (target.signum() == 0) {
      // Undefined ratio; the reference prints +100 % for 10 of 0 and 0 % for 0 of 0.
      return status.signum() > 0
          ? new Share(Outcome.OVER, null, 100)
          : new Share(Outcome.UNDEFINED, null, 0);
    }
    int cmp = status.compareTo(target);
    BigDecimal exact = status.multiply(HUNDRED).divide(target, 0, RoundingMode.DOWN);
    if (cmp > 0) {
      // Far over target (a status millions of times its target) the percent exceeds an int.
      Integer percent = exact.compareTo(MAX_INT) > 0 ? null : exact.intValueExact();
      return new Share(Outcome.OVER, percent, 100);
    }
    int percent = exact.intValueExact(); // below target: under 100
    if (cmp == 0) {
      return new Share(Outcome.MET, 100, 100);
    }
    return new Share(Outcome.UNDER, percent, percent);
  }

  /** A survey share: {@code count} of {@code n}, rounded half-up to a whole percent. */
  public static int roundedPercent(int count, int n) {
    return BigDecimal.valueOf(count)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }
}
