package dk.evalsite.site;

import java.io.IOException;
import java.nio.file.Path;

/** Builds the example site for tests in other packages. */
public final class TestSites {
  private TestSites() {}

  public static Path buildExample(Path out) throws IOException {
    return ExampleSite.build(ExampleSite.CONTENT, out);
  }
}
