package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site, file by file, against the reviewed tree in src/test/golden (all but the PDF
 * editions: see {@link PdfEditionTest}). After an intended change, rewrite it with {@code mvn test
 * -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {
  static final Path GOLDEN = Path.of("src/test/golden/site");

  @TempDir Path tmp;

  @Test
  void exampleSiteMatchesTheGoldenTree() throws IOException {
    Map<String, byte[]> built =
        ExampleSite.files(ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("site")));
    // The PDF editions are binary and change with every layout detail; PdfEditionTest checks them
    // (PDF/UA, fonts, text, bookmarks, reproducibility), and the landing pages here link them.
    built.keySet().removeIf(path -> path.endsWith(".pdf"));
    if (Boolean.getBoolean("golden.update")) {
      if (Files.exists(GOLDEN)) {
        SiteWriter.deleteTree(GOLDEN);
      }
      for (var e : built.entrySet()) {
        Path file = GOLDEN.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue());
      }
    }
    assertThat(Files.isDirectory(GOLDEN))
        .as("golden tree missing: run mvn test -Dgolden.update=true")
        .isTrue();
    Map<String, byte[]> golden = ExampleSite.files(GOLDEN);
    assertThat(built.keySet()).isEqualTo(golden.keySet());
    for (var e : golden.entrySet()) {
      assertThat(new String(built.get(e.getKey()), StandardCharsets.UTF_8))
          .as(e.getKey())
          .isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8));
    }
  }
}
