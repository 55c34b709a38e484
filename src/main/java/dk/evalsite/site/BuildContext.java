package dk.evalsite.site;

import dk.evalsite.diag.Diagnostics;

/**
 * What every stage of one build shares: where problems go, whether drafts are published, what the
 * preview remembers across builds, and who hears of progress.
 */
record BuildContext(Diagnostics diagnostics, boolean drafts, BuildMemo memo, Progress progress) {}
