package dk.evalsite.site;

import dk.evalsite.diag.SourcePos;
import dk.evalsite.history.GitHistory;
import dk.evalsite.history.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage history: reads when each input file was first committed and last changed, in one walk over
 * the git history of the content folder. A folder outside any repository, or a shallow clone, has
 * no trustworthy dates: a warning says so and the content's own dates are used. Only the preview
 * counts uncommitted edits, as made "now".
 */
final class ReadHistory implements Stage<Settings, Settings> {
  private final BuildContext context;

  ReadHistory(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<Settings> run(Settings settings) {
    if (!context.gitDates()) {
      return Optional.of(settings);
    }
    Path root = settings.sources().root();
    History history;
    try {
      history = GitHistory.read(root);
    } catch (IOException | RuntimeException e) {
      history = History.none(History.State.NO_REPOSITORY, root);
      context
          .diagnostics()
          .warning(
              "W-GIT-003",
              SourcePos.of(root),
              "cannot read the git history of the content folder (" + e.getMessage() + ")",
              "Dates come from `date:` and `updated:` only. Check the repository with `git fsck`,"
                  + " or build with --no-git-dates.");
      return Optional.of(settings.withHistory(history));
    }
    switch (history.state()) {
      case SHALLOW ->
          context
              .diagnostics()
              .warning(
                  "W-GIT-001",
                  SourcePos.of(root),
                  "the content folder is in a shallow clone: git has no dates for its files",
                  "Dates come from `date:` and `updated:` only. Clone the whole history: in GitHub"
                      + " Actions `actions/checkout` with `fetch-depth: 0`, in GitLab CI"
                      + " `GIT_DEPTH: 0`, else `git fetch --unshallow`.");
      case NO_REPOSITORY ->
          context
              .diagnostics()
              .warning(
                  "W-GIT-002",
                  SourcePos.of(root),
                  "the content folder is not in a git repository: no dates from history",
                  "Dates come from `date:` and `updated:` only. Keep the site in git (`git init`,"
                      + " commit), or build with --no-git-dates to use only the content's dates.");
      default -> {}
    }
    if (context.uncommittedNow() != null && history.state() == History.State.READ) {
      history = withUncommitted(history, root, settings.sources());
    }
    return Optional.of(settings.withHistory(history));
  }

  /** The preview's history: what differs from HEAD changed "now"; committed dates if unreadable. */
  private History withUncommitted(
      History history, Path root, dk.evalsite.content.SiteSources sources) {
    try {
      List<Path> inputs = new ArrayList<>();
      for (var report : sources.reports()) {
        inputs.add(report.dataFile());
        inputs.addAll(report.narratives().values());
      }
      sources.pages().forEach(page -> inputs.add(page.file()));
      return history.withUncommitted(
          GitHistory.uncommitted(root, inputs), context.uncommittedNow().instant());
    } catch (IOException | RuntimeException e) {
      return history;
    }
  }

  /** The commit the dates of {@code source} would be read at, so a new commit rebuilds. */
  static String head(Path source) {
    try {
      History history = GitHistory.head(source);
      return history.state() + ":" + history.head();
    } catch (IOException | RuntimeException e) {
      return "unreadable";
    }
  }
}
