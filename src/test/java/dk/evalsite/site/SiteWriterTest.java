package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lost: a write that fails half-way leaves the previous site byte-identical. */
class SiteWriterTest {
  @TempDir Path tmp;

  @Test
  void aFailureHalfWayLeavesThePreviousSiteAndNoDebris() throws Exception {
    Path site = tmp.resolve("site");
    SiteWriter.write(site, List.of(OutputFile.text("index.html", "old")));
    var before = ExampleSite.files(site);
    assertThatThrownBy(
            () ->
                SiteWriter.write(
                    site,
                    List.of(
                        OutputFile.text("index.html", "new"),
                        OutputFile.text("../escape.html", "evil"))))
        .isInstanceOf(IOException.class);
    assertThat(ExampleSite.files(site)).containsOnlyKeys(before.keySet());
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("site");
    }
    assertThat(Files.exists(tmp.resolve("escape.html"))).isFalse();
  }

  @Test
  void aSuccessfulWriteReplacesTheWholeFolderAndMarksIt() throws Exception {
    Path site = tmp.resolve("site");
    SiteWriter.write(site, List.of(OutputFile.text("old.html", "old")));
    SiteWriter.write(site, List.of(OutputFile.text("new.html", "new")));
    assertThat(Files.exists(site.resolve("old.html"))).isFalse();
    assertThat(Files.readString(site.resolve("new.html"))).isEqualTo("new");
    assertThat(Files.exists(site.resolve(SiteWriter.MARKER))).isTrue();
  }
}
