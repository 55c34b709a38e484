package dk.evalsite.diff;

/** A narrative that differs between two revisions: lines added and removed. */
public record NarrativeChange(String file, int added, int removed) {}
