package dk.evalsite.render;

import dk.evalsite.scoring.Share;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Not thread-safe (DecimalFormat is not): use one per report rendering.
 *
 * <p>Prints numbers, percents and dates in a report's language: "3,3", "58 %", "06.02.2018" in
 * Danish; "3.3", "58%", "6 February 2018" in English. Never uses the machine's default locale.
 */
public final class Formats {
  private final String language;
  private final DecimalFormatSymbols symbols;
  private final DateTimeFormatter dates;

  public Formats(String language) {
    this.language = language;
    Locale locale = Locale.forLanguageTag(language);
    this.symbols = DecimalFormatSymbols.getInstance(locale);
    this.dates =
        "da".equals(language)
            ? DateTimeFormatter.ofPattern("dd.MM.yyyy", locale)
            : DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
  }

  public String language() {
    return language;
  }

  /** A decimal as written (45.5 → "45,5"), with grouping for large numbers. */
  public String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal plain = value.stripTrailingZeros();
    int scale = Math.max(0, plain.scale());
    return pattern(scale).format(plain);
  }

  /** A decimal with exactly {@code decimals} places: 3.3 → "3,3", 3 → "3,0". */
  public String fixed(BigDecimal value, int decimals) {
    return pattern(decimals).format(value);
  }

  public String integer(int value) {
    return pattern(0).format(value);
  }

  /** A whole percent with the language's spacing: "58 %" or "58%". */
  public String percent(int value) {
    return integer(value) + ("da".equals(language) ? " %" : "%");
  }

  /** A row share as the template prints it: "+100 %", "100 %", "58 %", "0 %" or "-". */
  public String share(Share share) {
    return switch (share.outcome()) {
      case OVER -> "+" + percent(100);
      case MET -> percent(100);
      case UNDER -> percent(share.percent());
      case UNDEFINED -> percent(0);
      case NOT_COLLECTED -> "-";
    };
  }

  /**
   * A file's size as a download link gives it, in decimal units: "850 kB" below a megabyte, else
   * megabytes to one decimal ("1,2 MB"), rounded half up.
   */
  public String fileSize(long bytes) {
    if (bytes < 999_500) {
      long kb =
          BigDecimal.valueOf(bytes)
              .movePointLeft(3)
              .setScale(0, java.math.RoundingMode.HALF_UP)
              .longValueExact();
      return integer((int) Math.max(1, kb)) + " kB";
    }
    return fixed(
            BigDecimal.valueOf(bytes).movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP),
            1)
        + " MB";
  }

  public String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  /** Formats by number of decimals; a Formats belongs to one report's rendering, on one thread. */
  private final DecimalFormat[] patterns = new DecimalFormat[4];

  private DecimalFormat pattern(int decimals) {
    if (decimals < patterns.length) {
      if (patterns[decimals] == null) {
        patterns[decimals] = newPattern(decimals);
      }
      return patterns[decimals];
    }
    return newPattern(decimals);
  }

  private DecimalFormat newPattern(int decimals) {
    StringBuilder p = new StringBuilder("#,##0");
    if (decimals > 0) {
      p.append('.').append("0".repeat(decimals));
    }
    DecimalFormat format = new DecimalFormat(p.toString(), symbols);
    format.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
    format.setParseBigDecimal(true);
    // Danish groups thousands with a point; a plain space would break inside a table cell.
    return format;
  }
}
