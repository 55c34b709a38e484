package dk.evalsite.config;

import dk.evalsite.diag.SourcePos;
import java.math.BigDecimal;

/**
 * One row of a band table: values from {@code from} (inclusive) up to {@code to} (inclusive) get
 * {@code light}. {@code to} is null when the author left it to be derived from the next band up.
 */
public record Band(Light light, BigDecimal from, BigDecimal to, LocalText meaning, SourcePos pos) {}
