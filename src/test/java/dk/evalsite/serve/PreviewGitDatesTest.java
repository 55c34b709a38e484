package dk.evalsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.history.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview dates a file edited since the last commit as changed today, and a file never
 * committed as published today, so it shows what committing now would publish; a file left alone
 * keeps its commit's date. (A build does not: GitDatesBuildTest.)
 */
class PreviewGitDatesTest {
  @TempDir Path tmp;

  private static Document page(Snapshot snapshot, String path) {
    return Jsoup.parse(new String(snapshot.files().get(path), StandardCharsets.UTF_8));
  }

  private static String updated(Document doc) {
    return doc.select(".byline time[data-updated]").attr("datetime");
  }

  @Test
  void anUncommittedEditIsDatedTodayOnlyInThePreview() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      Path content = dk.evalsite.site.TestSites.copyExample(repo.dir().resolve("content"));
      repo.commit("Publish", "2025-03-10T09:00:00Z");
      Rebuilder rebuilder = new Rebuilder(content, false, true);
      Snapshot first = rebuilder.rebuild(Snapshot.empty(), null);
      assertThat(first.problems()).noneMatch(dk.evalsite.diag.Diagnostic::isError);
      String landing = "reports/social-inklusion/index.html";
      assertThat(updated(page(first, landing))).isEqualTo("2025-03-10");

      Path status = content.resolve("reports/social-inklusion/status.md");
      Files.writeString(status, Files.readString(status) + "\nUgemt ændring.\n");
      Path fresh = content.resolve("pages/ny.md");
      Files.writeString(fresh, "---\ntitle: Ny side\n---\nTekst.\n");
      ZoneId copenhagen = ZoneId.of("Europe/Copenhagen");
      String before = LocalDate.now(copenhagen).toString();
      Snapshot next = rebuilder.rebuild(first, Set.of(status, fresh));
      String after = LocalDate.now(copenhagen).toString();

      Document edited = page(next, landing);
      assertThat(edited.select(".byline time[data-published]").attr("datetime"))
          .isEqualTo("2025-03-10");
      assertThat(updated(edited)).isIn(before, after);
      assertThat(
              page(next, "index.html")
                  .select(".report-card:has(a[href=reports/social-inklusion/index.html]) time")
                  .last()
                  .attr("datetime"))
          .isIn(before, after);
      // Never committed: published today (one <time> carrying both dates).
      Document newPage = page(next, "ny.html");
      assertThat(newPage.select("time[data-published][data-updated]").attr("datetime"))
          .isIn(before, after);
      // The English twin's files were not edited: its commit's date.
      assertThat(updated(page(next, "reports/social-inclusion/index.html")))
          .isEqualTo("2025-03-10");
    }
  }
}
