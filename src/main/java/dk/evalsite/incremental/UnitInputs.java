package dk.evalsite.incremental;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one unit of a build (a report with its pages, a documentation page, the index) is made
 * from: input files or folders, and named values that are not files (what the navigation lists, the
 * cards of the index; later the git history of the files or the PDF settings: anything a stage
 * reads that can change its output). Two builds give a unit the same output exactly when its inputs
 * are equal.
 */
public record UnitInputs(List<Path> files, SortedMap<String, String> values) {
  public UnitInputs {
    files = List.copyOf(files);
    values = new TreeMap<>(values);
  }

  /** The inputs of a unit made from {@code files} alone. */
  public static UnitInputs of(Path... files) {
    return new UnitInputs(List.of(files), new TreeMap<>());
  }

  /** These inputs and one more named value. */
  public UnitInputs with(String name, String value) {
    SortedMap<String, String> more = new TreeMap<>(values);
    more.put(name, value);
    return new UnitInputs(files, more);
  }

  /** The stamps of the files (cheap: no file is read), with the values. */
  String stamp(InputSums sums) {
    StringBuilder out = new StringBuilder();
    appendValues(out);
    for (Path file : files) {
      out.append(file).append('\n').append(sums.stamp(file)).append('\n');
    }
    return Checksum.of(out.toString());
  }

  /** The checksums of the files' contents, with the values. */
  String content() {
    StringBuilder out = new StringBuilder();
    appendValues(out);
    for (Path file : files) {
      out.append(file).append('\n').append(InputSums.contents(file)).append('\n');
    }
    return Checksum.of(out.toString());
  }

  private void appendValues(StringBuilder out) {
    for (Map.Entry<String, String> v : values.entrySet()) {
      out.append(v.getKey()).append('=').append(v.getValue()).append('\n');
    }
  }
}
