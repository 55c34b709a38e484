package dk.evalsite.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** The content folder as a commit holds it: read from git's objects, nothing checked out. */
final class TreeFiles implements ContentFiles {
  /** The limit of what is read of one file; evalsite's own limits are lower (4 MiB for YAML). */
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Repository repo;
  private final String name;
  private final Map<String, ObjectId> blobs = new TreeMap<>();

  TreeFiles(Repository repo, RevCommit commit, String prefix, String name) throws IOException {
    this(repo, commit, prefix, name, java.util.List.of());
  }

  /**
   * The files of the content folder at {@code commit} below {@code only} (paths relative to the
   * folder; every file when empty), so one report's history does not list the whole portfolio.
   */
  TreeFiles(
      Repository repo, RevCommit commit, String prefix, String name, java.util.List<String> only)
      throws IOException {
    this.repo = repo;
    this.name = name;
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      String strip = prefix.isEmpty() ? "" : prefix + "/";
      if (!only.isEmpty()) {
        walk.setFilter(
            org.eclipse.jgit.treewalk.filter.PathFilterGroup.createFromStrings(
                only.stream().map(p -> strip + p).toList()));
      } else if (!prefix.isEmpty()) {
        walk.setFilter(PathFilter.create(prefix));
      }
      while (walk.next()) {
        if (walk.getFileMode(0).getObjectType() == org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
          blobs.put(walk.getPathString().substring(strip.length()), walk.getObjectId(0));
        }
      }
    }
  }

  @Override
  public SortedSet<String> paths() {
    return new TreeSet<>(blobs.keySet());
  }

  @Override
  public Optional<String> read(String path) throws IOException {
    ObjectId id = blobs.get(path);
    if (id == null) {
      return Optional.empty();
    }
    var loader = repo.open(id);
    if (loader.getSize() > MAX_BYTES) {
      throw new IOException(path + " at " + name + " is larger than 16 MiB");
    }
    return Optional.of(new String(loader.getBytes(), StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return name;
  }
}
