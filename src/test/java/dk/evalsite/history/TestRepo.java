package dk.evalsite.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, for tests: files written and committed at fixed
 * times (author and committer alike), so every date a test expects is known in advance.
 */
public final class TestRepo implements AutoCloseable {
  private final Git git;
  private final Path dir;

  private TestRepo(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  public static TestRepo init(Path dir) throws IOException, GitAPIException {
    Files.createDirectories(dir);
    return new TestRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
  }

  public Path dir() {
    return dir;
  }

  public Git git() {
    return git;
  }

  public TestRepo write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return this;
  }

  /** Stages every change (deletions too) and commits it at {@code when}, in {@code zone}. */
  public RevCommit commit(String message, String when, String zone) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who =
        new PersonIdent("Eva Luator", "eva@example.dk", Instant.parse(when), ZoneId.of(zone));
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  public RevCommit commit(String message, String when) throws GitAPIException {
    return commit(message, when, "UTC");
  }

  @Override
  public void close() {
    git.close();
  }
}
