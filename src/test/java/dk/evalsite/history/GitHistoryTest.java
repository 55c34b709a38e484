package dk.evalsite.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One walk over a real repository gives each file its first and last commit. */
class GitHistoryTest {
  @TempDir Path tmp;

  private static Instant at(String when) {
    return Instant.parse(when);
  }

  @Test
  void aFileHasItsFirstCommitAndItsLastChange() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write("content/pages/om.md", "a").commit("add", "2024-01-10T10:00:00Z");
      repo.write("content/pages/other.md", "x").commit("other", "2024-02-10T10:00:00Z");
      repo.write("content/pages/om.md", "b").commit("edit", "2024-03-10T10:00:00Z");
      History h = GitHistory.read(repo.dir().resolve("content"));
      assertThat(h.state()).isEqualTo(History.State.READ);
      assertThat(h.of(repo.dir().resolve("content/pages/om.md")))
          .isEqualTo(new FileSpan(at("2024-01-10T10:00:00Z"), at("2024-03-10T10:00:00Z")));
      assertThat(h.of(repo.dir().resolve("content/pages/other.md")))
          .isEqualTo(new FileSpan(at("2024-02-10T10:00:00Z"), at("2024-02-10T10:00:00Z")));
      assertThat(h.of(repo.dir().resolve("content/pages/untracked.md"))).isNull();
    }
  }

  @Test
  void uncommittedListsTheFilesThatDifferFromHead() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write("content/same.md", "same\n")
          .write("content/edited.md", "before\n")
          .write("content/crlf.md", "one\ntwo\n")
          .write("outside.md", "o\n")
          .commit("add", "2024-01-10T10:00:00Z");
      Path content = repo.dir().resolve("content");
      var files =
          java.util.List.of(
              content.resolve("same.md"),
              content.resolve("edited.md"),
              content.resolve("crlf.md"),
              content.resolve("new.md"));
      assertThat(GitHistory.uncommitted(content, files.subList(0, 3))).isEmpty();

      repo.write("content/edited.md", "after\n")
          .write("content/crlf.md", "one\r\ntwo\r\n")
          .write("content/new.md", "new\n")
          .write("outside.md", "changed\n");
      // Edited and never committed count; the same text with Windows line ends does not.
      assertThat(GitHistory.uncommitted(content, files)).containsExactly("edited.md", "new.md");
      // Committed: nothing differs any more (the new HEAD is read, not the last answer).
      repo.commit("save", "2024-02-10T10:00:00Z");
      assertThat(GitHistory.uncommitted(content, files)).isEmpty();
    }
  }

  @Test
  void aRenamedFileKeepsItsFirstDate() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      String text = "A page long enough for rename detection to see the same file.\n".repeat(5);
      repo.write("pages/old.md", text).commit("add", "2024-01-10T10:00:00Z");
      Files.move(repo.dir().resolve("pages/old.md"), repo.dir().resolve("pages/new.md"));
      repo.commit("rename", "2024-05-01T10:00:00Z");
      History h = GitHistory.read(repo.dir());
      assertThat(h.of(repo.dir().resolve("pages/new.md")))
          .isEqualTo(new FileSpan(at("2024-01-10T10:00:00Z"), at("2024-05-01T10:00:00Z")));
      assertThat(h.files()).doesNotContainKey("pages/old.md");
    }
  }

  @Test
  void aFileDeletedAndAddedAgainStartsAfresh() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write("a.md", "one").write("keep.md", "k").commit("add", "2024-01-10T10:00:00Z");
      Files.delete(repo.dir().resolve("a.md"));
      repo.commit("delete", "2024-02-10T10:00:00Z");
      repo.write("a.md", "two").commit("again", "2024-03-10T10:00:00Z");
      History h = GitHistory.read(repo.dir());
      assertThat(h.of(repo.dir().resolve("a.md")))
          .isEqualTo(new FileSpan(at("2024-03-10T10:00:00Z"), at("2024-03-10T10:00:00Z")));
    }
  }

  @Test
  void aMergeDatesWhatItBringsIntoTheBranchBuilt() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write("side.md", "s").write("main.md", "m").commit("base", "2024-01-01T10:00:00Z");
      Git git = repo.git();
      git.checkout().setCreateBranch(true).setName("side").call();
      repo.write("side.md", "s2").commit("on side", "2024-02-01T10:00:00Z");
      git.checkout().setName("main").call();
      repo.write("main.md", "m2").commit("on main", "2024-03-01T10:00:00Z");
      PersonIdent who =
          new PersonIdent(
              "Eva", "eva@example.dk", at("2024-04-01T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
      MergeResult merged =
          git.merge().include(git.getRepository().resolve("side")).setCommit(false).call();
      assertThat(merged.getMergeStatus().isSuccessful()).isTrue();
      git.commit().setMessage("merge").setAuthor(who).setCommitter(who).call();
      History h = GitHistory.read(repo.dir());
      // The side branch's change reached main with the merge; main's own file is untouched by it.
      assertThat(h.of(repo.dir().resolve("side.md")))
          .isEqualTo(new FileSpan(at("2024-01-01T10:00:00Z"), at("2024-04-01T10:00:00Z")));
      assertThat(h.of(repo.dir().resolve("main.md")))
          .isEqualTo(new FileSpan(at("2024-01-01T10:00:00Z"), at("2024-03-01T10:00:00Z")));
    }
  }

  @Test
  void aShallowCloneHasNoDates() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write("a.md", "one").commit("one", "2024-01-10T10:00:00Z");
      repo.write("a.md", "two").commit("two", "2024-02-10T10:00:00Z");
      try (Git clone =
          Git.cloneRepository()
              .setURI(repo.dir().toUri().toString())
              .setDirectory(tmp.resolve("clone").toFile())
              .setDepth(1)
              .call()) {
        assertThat(Files.exists(tmp.resolve("clone/.git/shallow"))).isTrue();
        History h = GitHistory.read(tmp.resolve("clone"));
        assertThat(h.state()).isEqualTo(History.State.SHALLOW);
        assertThat(h.of(tmp.resolve("clone/a.md"))).isNull();
      }
    }
  }

  @Test
  void aFolderOutsideAnyRepositoryHasNoDates() throws Exception {
    Files.createDirectories(tmp.resolve("plain"));
    History h = GitHistory.read(tmp.resolve("plain"));
    assertThat(h.state()).isEqualTo(History.State.NO_REPOSITORY);
    assertThat(h.files()).isEmpty();
  }

  @Test
  void datesAreDaysInTheSitesTimeZone() {
    // 23:30 UTC on 28 February is already 1 March in Copenhagen (UTC+1 in winter).
    FileSpan span = new FileSpan(at("2026-02-28T23:30:00Z"), at("2026-02-28T23:30:00Z"));
    assertThat(Dates.NONE.withGit(span, ZoneId.of("Europe/Copenhagen")).published())
        .hasToString("2026-03-01");
    assertThat(Dates.NONE.withGit(span, ZoneId.of("UTC")).published()).hasToString("2026-02-28");
  }

  @Test
  void statedDatesWinOverGit() {
    FileSpan span = new FileSpan(at("2024-01-10T10:00:00Z"), at("2024-03-10T10:00:00Z"));
    Dates stated = Dates.stated(java.time.LocalDate.parse("2023-06-01"), null);
    assertThat(stated.withGit(span, ZoneId.of("UTC")))
        .isEqualTo(
            new Dates(
                java.time.LocalDate.parse("2023-06-01"), java.time.LocalDate.parse("2024-03-10")));
    Dates both =
        Dates.stated(
            java.time.LocalDate.parse("2023-06-01"), java.time.LocalDate.parse("2023-07-01"));
    assertThat(both.withGit(span, ZoneId.of("UTC"))).isEqualTo(both);
  }
}
