package dk.evalsite.render;

import dk.evalsite.config.Band;
import dk.evalsite.config.BandTable;
import java.math.BigDecimal;
import java.util.function.Function;

/** A band's range as readers see it ("81–94 %", "95 % +", "2,6–3,4"), from its band table. */
final class BandRanges {
  private BandRanges() {}

  /** The range of {@code band} in {@code table}; null when the band is not one of the table's. */
  static String of(
      BandTable table, Band band, Function<BigDecimal, String> format, String openEnd) {
    int i = table.bands().indexOf(band);
    return i < 0 ? null : range(band.from(), table.upper(i), format, openEnd);
  }

  static String range(
      BigDecimal from, BigDecimal to, Function<BigDecimal, String> format, String openEnd) {
    if (to == null) {
      return format.apply(from) + " " + openEnd;
    }
    String a = format.apply(from);
    String b = format.apply(to);
    // "81–94 %" reads better than "81 %–94 %".
    String unit =
        a.endsWith(" %") && b.endsWith(" %") ? " %" : a.endsWith("%") && b.endsWith("%") ? "%" : "";
    return unit.isEmpty() ? a + "–" + b : a.substring(0, a.length() - unit.length()) + "–" + b;
  }
}
