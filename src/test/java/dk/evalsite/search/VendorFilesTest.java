package dk.evalsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme's vendored browser libraries are the pinned npm releases scripts/update-vendor copied:
 * every file has the SHA-256 vendor.json records, no file is unrecorded, and the built-in theme
 * publishes each (assets.txt).
 */
class VendorFilesTest {
  static final Path VENDOR = Path.of("themes/default/assets/vendor");

  @Test
  void everyVendoredFileMatchesItsChecksumAndIsPublished() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(VENDOR.resolve("vendor.json").toFile());
    List<String> recorded = new ArrayList<>();
    for (JsonNode pkg : manifest.get("packages")) {
      assertThat(pkg.get("version").asText()).as("pinned").matches("\\d+\\.\\d+\\.\\d+");
      assertThat(pkg.get("licence").asText()).isNotBlank();
      assertThat(pkg.get("source").asText()).startsWith("https://registry.npmjs.org/");
      for (JsonNode file : pkg.get("files")) {
        String path = file.get("path").asText();
        byte[] bytes = Files.readAllBytes(VENDOR.resolve(path));
        String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(sum)
            .as("SHA-256 of %s (run scripts/update-vendor?)", path)
            .isEqualTo(file.get("sha256").asText());
        recorded.add(path);
      }
    }
    try (Stream<Path> walk = Files.walk(VENDOR)) {
      List<String> present =
          walk.filter(Files::isRegularFile)
              .map(p -> VENDOR.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.equals("vendor.json"))
              .sorted()
              .toList();
      assertThat(present).containsExactlyInAnyOrderElementsOf(recorded);
    }
    List<String> assets = Files.readAllLines(Path.of("themes/default/assets.txt"));
    for (String path : recorded) {
      assertThat(assets).as("assets.txt").contains("vendor/" + path);
    }
  }
}
