package dk.evalsite.cli;

import picocli.CommandLine.Option;

/**
 * {@code --[no-]git-dates}: whether dates come from the git history of the content folder. The
 * system property {@code evalsite.gitDates} sets the default (the test suite turns it off, so a
 * build of the example does not depend on this repository's own history).
 */
final class GitDatesOption {
  @Option(
      names = "--git-dates",
      negatable = true,
      defaultValue = "${sys:evalsite.gitDates:-true}",
      fallbackValue = "true",
      description =
          "Date reports and pages from the git history of the content folder (default);"
              + " --no-git-dates uses only `date:` and `updated:` in the content.")
  boolean gitDates;
}
