package dk.evalsite.render;

import java.util.List;

/**
 * One implementation parameter: score, five pips (true for each point scored), meaning and finding.
 * Fields marked {@link Nullable} may be null; docs/theme-model.md documents every field.
 */
record ParameterRowView(
    String id,
    String name,
    String score,
    List<Boolean> pips,
    @Nullable String meaning,
    @Nullable String finding) {}
