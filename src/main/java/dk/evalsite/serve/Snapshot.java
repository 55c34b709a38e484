package dk.evalsite.serve;

import dk.evalsite.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the preview serves: the files of the last good build, the problems of the latest build
 * (shown as an overlay over those files), and which paths the latest build changed.
 */
record Snapshot(
    Map<String, byte[]> files, List<Diagnostic> problems, Set<String> changed, long generation) {

  static Snapshot empty() {
    return new Snapshot(Map.of(), List.of(), Set.of(), 0);
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Diagnostic::isError);
  }
}
