package dk.evalsite.diff;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository a content folder lives in, and its revisions as {@link ContentFiles}: any name
 * git understands ("HEAD~1", a branch, a commit id), the working tree, or the merge base of HEAD
 * with the default branch (what a pull request changes).
 */
public final class Revisions implements AutoCloseable {
  private final Repository repo;
  private final Path source;
  private final String prefix;

  private Revisions(Repository repo, Path source, String prefix) {
    this.repo = repo;
    this.source = source;
    this.prefix = prefix;
  }

  /** The repository of {@code source}; a {@link NotARepository} when there is none. */
  public static Revisions open(Path source) throws IOException {
    Path dir = source.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new NotARepository(source + " is not in a git repository");
    }
    Repository repo = builder.setMustExist(true).build();
    if (repo.isBare()) {
      repo.close();
      throw new NotARepository(source + " is in a bare repository");
    }
    Path work = repo.getWorkTree().toPath().toRealPath();
    Path real = dir.toFile().exists() ? dir.toRealPath() : dir;
    String prefix = work.relativize(real).toString().replace(File.separatorChar, '/');
    return new Revisions(repo, source, prefix);
  }

  /** The content folder at {@code name}; a {@link NotARepository} when git does not know it. */
  public ContentFiles at(String name) throws IOException {
    ObjectId id = repo.resolve(name + "^{commit}");
    if (id == null) {
      throw new NotARepository("unknown revision `" + name + "`");
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return new TreeFiles(repo, walk.parseCommit(id), prefix, name);
    }
  }

  public ContentFiles workingTree() {
    return new FolderFiles(source);
  }

  /** The commit HEAD's branch started from: the merge base of HEAD with the default branch. */
  public String mergeBase() throws IOException {
    String branch = defaultBranch();
    ObjectId head = repo.resolve(Constants.HEAD);
    ObjectId other = repo.resolve(branch);
    if (head == null || other == null) {
      throw new NotARepository(
          "cannot find the default branch (" + branch + "); name the revisions to compare");
    }
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(head));
      walk.markStart(walk.parseCommit(other));
      RevCommit base = walk.next();
      if (base == null) {
        throw new NotARepository("HEAD and " + branch + " have no commit in common");
      }
      return base.name();
    }
  }

  /** origin's default branch when known, else main, else master. */
  private String defaultBranch() throws IOException {
    Ref remoteHead = repo.exactRef("refs/remotes/origin/HEAD");
    if (remoteHead != null && remoteHead.isSymbolic()) {
      return remoteHead.getTarget().getName();
    }
    for (String name :
        new String[] {
          "refs/heads/main",
          "refs/heads/master",
          "refs/remotes/origin/main",
          "refs/remotes/origin/master"
        }) {
      if (repo.exactRef(name) != null) {
        return name;
      }
    }
    return "refs/heads/main";
  }

  @Override
  public void close() {
    repo.close();
  }

  /** No repository, or no such revision: a usage problem, not a bug. */
  public static final class NotARepository extends IOException {
    private static final long serialVersionUID = 1L;

    NotARepository(String message) {
      super(message);
    }
  }
}
