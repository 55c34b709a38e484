package dk.evalsite.scoring;

import dk.evalsite.config.Band;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import java.math.BigDecimal;

/**
 * The plain mean of one goal table's capped rows over all regions. {@code percent} is the mean
 * truncated to a whole percent, null when no row has a collected status; {@code band} and {@code
 * light} are null when there is nothing to judge.
 */
public record OverallAttainment(
    GoalKind kind, Integer percent, BigDecimal exactMean, int rows, Band band, Light light) {}
