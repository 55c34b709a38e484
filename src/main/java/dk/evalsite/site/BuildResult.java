package dk.evalsite.site;

/**
 * What a build did, for the summary line. {@code written} is false when it failed; {@code upToDate}
 * when nothing had changed since the last build, so nothing was done; {@code rewritten} counts the
 * files actually written (an incremental build skips identical ones); {@code renderedPages} the
 * pages rendered anew (an incremental build keeps the pages of unchanged reports and pages).
 */
public record BuildResult(
    boolean written,
    int reports,
    int pages,
    int files,
    long millis,
    boolean upToDate,
    int rewritten,
    int renderedPages) {

  public BuildResult(boolean written, int reports, int pages, int files, long millis) {
    this(written, reports, pages, files, millis, false, files, pages);
  }
}
