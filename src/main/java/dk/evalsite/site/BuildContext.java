package dk.evalsite.site;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.incremental.UnitCache;
import java.nio.file.Path;

/**
 * What every stage of one build shares: the content folder, where problems go, whether drafts are
 * published, whether the reports' PDF editions are made (unless site.yaml turns them off), who
 * hears of progress, where the files go, what the last build made of each unit, the theme the
 * preview keeps across rebuilds, whether dates are read from git, and the clock that dates
 * uncommitted edits (the preview's; null for {@code build} and {@code check}, which read only
 * committed history).
 */
record BuildContext(
    Path source,
    Diagnostics diagnostics,
    boolean drafts,
    boolean pdf,
    Progress progress,
    OutputSink sink,
    UnitCache<UnitRecord> cache,
    KeptTheme themes,
    boolean gitDates,
    java.time.Clock uncommittedNow) {}
