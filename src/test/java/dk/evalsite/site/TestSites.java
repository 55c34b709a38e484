package dk.evalsite.site;

import java.io.IOException;
import java.nio.file.Path;

/** Builds the example site for tests in other packages. */
public final class TestSites {
  private TestSites() {}

  /**
   * A copy of the example site in {@code content}, for tests that change or break it; its theme
   * path made absolute so the copy still finds themes/default.
   */
  public static Path copyExample(Path content) throws IOException {
    ExampleSite.copyTree(ExampleSite.CONTENT, content);
    Path siteYaml = content.resolve("site.yaml");
    java.nio.file.Files.writeString(
        siteYaml,
        java.nio.file.Files.readString(siteYaml)
            .replace(
                "theme: ../themes/default",
                "theme: " + Path.of("themes/default").toAbsolutePath()));
    return content;
  }

  public static Path buildExample(Path out) throws IOException {
    return ExampleSite.build(ExampleSite.CONTENT, out);
  }
}
