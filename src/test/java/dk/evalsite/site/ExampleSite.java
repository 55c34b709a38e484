package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds the example site of the repository (content/) for tests. */
final class ExampleSite {
  static final Path CONTENT = Path.of("content");

  private ExampleSite() {}

  static Path build(Path source, Path out) throws IOException {
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(source, out);
    assertThat(d.hasErrors()).as("errors: %s", d.sorted()).isFalse();
    assertThat(result.written()).isTrue();
    return out;
  }

  /** Every file of a tree, by relative path, without evalsite's marker file. */
  static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p :
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().equals(SiteWriter.MARKER))
              .sorted()
              .toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /**
   * A copy of a report of the example under another slug, as a report of its own: without the
   * {@code translation:} of the original, which names the original's twin.
   */
  static void copyReport(Path from, Path to) throws IOException {
    copyTree(from, to);
    Path yaml = to.resolve("report.yaml");
    Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^translation:.*$", "#"));
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
