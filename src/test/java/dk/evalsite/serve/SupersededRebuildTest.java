package dk.evalsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild that a newer save makes pointless stops between two units and keeps nothing, so the
 * preview can start the next one at once; the next one, given the stopped one's changes too, shows
 * both saves.
 */
class SupersededRebuildTest {
  @TempDir Path tmp;

  @Test
  void aSupersededRebuildStopsKeepsNothingAndTheNextShowsEverySave() throws Exception {
    Path content = dk.evalsite.site.TestSites.copyExample(tmp.resolve("content"));
    Rebuilder rebuilder = new Rebuilder(content, false);
    Snapshot first = rebuilder.rebuild(Snapshot.empty(), null);
    String page = "reports/social-inklusion/status.html";
    assertThat(first.files()).containsKey(page);

    Path status = content.resolve("reports/social-inklusion/status.md");
    Files.writeString(status, Files.readString(status) + "\nFørste gemning.\n");
    AtomicInteger asked = new AtomicInteger();
    Optional<Snapshot> stopped =
        rebuilder.rebuild(first, Set.of(status), () -> asked.incrementAndGet() > 1);

    // Units render in parallel: another may finish while the first stop is on its way out.
    assertThat(stopped).as("stopped at the second unit it finished").isEmpty();
    assertThat(asked.get()).isGreaterThanOrEqualTo(2);

    Path om = content.resolve("pages/om.md");
    Files.writeString(om, Files.readString(om) + "\nAnden gemning.\n");
    Snapshot next = rebuilder.rebuild(first, Set.of(status, om), () -> false).orElseThrow();

    assertThat(next.problems()).noneMatch(dk.evalsite.diag.Diagnostic::isError);
    Map<String, byte[]> files = next.files();
    assertThat(new String(files.get(page), StandardCharsets.UTF_8)).contains("Første gemning.");
    assertThat(new String(files.get("om.html"), StandardCharsets.UTF_8)).contains("Anden gemning.");
    assertThat(next.changed()).contains(page, "om.html");
  }
}
