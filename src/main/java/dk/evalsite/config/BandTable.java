package dk.evalsite.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A checked band table on a grid of {@code step} (1 for whole percents, 0.1 for a mean with one
 * decimal) over {@code [min, max]}; {@code max} null means open-ended. Bands are kept from the
 * highest down, the order in which a reader scans them.
 */
public record BandTable(List<Band> bands, BigDecimal step, BigDecimal min, BigDecimal max) {

  public BandTable {
    List<Band> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(Band::from).reversed());
    bands = List.copyOf(sorted);
  }

  /** The band holding {@code value}, or empty when the value falls in a gap. */
  public Optional<Band> find(BigDecimal value) {
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (value.compareTo(band.from()) >= 0) {
        BigDecimal upper = upper(i);
        return upper == null || value.compareTo(upper) <= 0 ? Optional.of(band) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Inclusive upper bound of band {@code i}: as written, derived from the band above, or open. */
  public BigDecimal upper(int i) {
    Band band = bands.get(i);
    if (band.to() != null) {
      return band.to();
    }
    return i == 0 ? max : bands.get(i - 1).from().subtract(step);
  }
}
