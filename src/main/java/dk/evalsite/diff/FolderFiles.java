package dk.evalsite.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The content folder as it is on disk: the working tree, uncommitted edits included. */
final class FolderFiles implements ContentFiles {
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Path root;

  FolderFiles(Path root) {
    this.root = root;
  }

  @Override
  public SortedSet<String> paths() throws IOException {
    SortedSet<String> out = new TreeSet<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(".git/") && !p.contains("/.git/"))
          .forEach(out::add);
    }
    return out;
  }

  @Override
  public Optional<String> read(String path) throws IOException {
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(path + " is larger than 16 MiB");
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return "working tree";
  }
}
