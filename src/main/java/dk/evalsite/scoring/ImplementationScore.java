package dk.evalsite.scoring;

import dk.evalsite.config.Band;
import dk.evalsite.config.Light;
import java.math.BigDecimal;
import java.util.List;

/**
 * The mean of the parameter scores, rounded half-up to the rules' decimals, and its light (read
 * from the rounded mean, as displayed). {@code publishedMean} is the figure the data states, if
 * any.
 */
public record ImplementationScore(
    List<ParameterRow> parameters,
    BigDecimal exactMean,
    BigDecimal mean,
    Band band,
    Light light,
    BigDecimal publishedMean) {

  /** A parameter with its name and its scale meaning, for the overview table. */
  public record ParameterRow(String id, String name, int score, String meaning, String finding) {}

  public boolean agreesWithPublished() {
    return publishedMean == null || publishedMean.compareTo(mean) == 0;
  }
}
