package dk.evalsite.diff;

import dk.evalsite.history.History;
import dk.evalsite.render.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The revisions of one report, oldest first: every commit that changed its files, scoring.yaml or
 * site.yaml, with the printed figures each changed, computed by the diff engine from the report as
 * each commit holds it (read from git's trees, nothing checked out). Commits that change nothing
 * the report prints or says are left out; so are those at which it cannot be loaded.
 */
public final class ReportRevisions {
  private ReportRevisions() {}

  public static List<RevisionEntry> of(
      History history,
      Path source,
      String slug,
      List<String> files,
      Function<String, Messages> messages)
      throws IOException {
    Map<String, History.Touch> commits = new LinkedHashMap<>();
    List<String> watched = new ArrayList<>(files);
    watched.add("scoring.yaml");
    watched.add("site.yaml");
    for (String file : watched) {
      history.touchesOf(file).forEach(t -> commits.putIfAbsent(t.commit(), t));
    }
    List<History.Touch> ordered = new ArrayList<>(commits.values());
    ordered.sort(Comparator.comparing(History.Touch::time));
    List<RevisionEntry> out = new ArrayList<>();
    if (ordered.isEmpty() || history.gitDir() == null) {
      return out;
    }
    List<String> only = List.of("reports/" + slug, "scoring.yaml", "site.yaml");
    try (Repository repo =
            new FileRepositoryBuilder()
                .setGitDir(history.gitDir().toFile())
                .setMustExist(true)
                .build();
        RevWalk walk = new RevWalk(repo)) {
      ReportFigures previous = null;
      for (History.Touch touch : ordered) {
        var commit = walk.parseCommit(ObjectId.fromString(touch.commit()));
        TreeFiles tree = new TreeFiles(repo, commit, history.prefix(), commit.name(), only);
        ReportFigures now = Revision.load(tree, source, slug::equals, messages).reports().get(slug);
        if (now == null || now.figures().isEmpty() && !now.broken()) {
          previous = null; // not there (deleted): a later commit publishes it afresh
          continue;
        }
        if (now.broken()) {
          continue; // a revision that does not build was never published
        }
        if (previous == null) {
          out.add(new RevisionEntry(touch.commit(), touch.time(), true, List.of(), List.of()));
        } else {
          List<Change> changes = SiteDiff.figures(previous.figures(), now.figures());
          List<NarrativeChange> narratives =
              SiteDiff.narratives(previous.narratives(), now.narratives());
          if (!changes.isEmpty() || !narratives.isEmpty() || !sameYaml(previous, now)) {
            out.add(new RevisionEntry(touch.commit(), touch.time(), false, changes, narratives));
          }
        }
        previous = now;
      }
    }
    return out;
  }

  /** A report.yaml edit that changes no printed figure still counts as an edit (a text). */
  private static boolean sameYaml(ReportFigures a, ReportFigures b) {
    return a.yaml().equals(b.yaml());
  }
}
