package dk.evalsite.site;

/** What a build did: counts for the summary line; {@code written} is false when it failed. */
public record BuildResult(boolean written, int reports, int pages, int files, long millis) {}
