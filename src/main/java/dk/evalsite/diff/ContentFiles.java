package dk.evalsite.diff;

import java.io.IOException;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The files of a content folder at one revision: a git tree (read without checking it out) or the
 * working tree. Paths are relative to the content folder, with {@code /}.
 */
public interface ContentFiles {
  /** Every file, sorted. */
  SortedSet<String> paths() throws IOException;

  /** A file's text (UTF-8); empty when the revision has no such file. */
  Optional<String> read(String path) throws IOException;

  /** The revision as the user named it ("HEAD~1", "working tree"). */
  String name();
}
