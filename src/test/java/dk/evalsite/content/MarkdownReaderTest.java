package dk.evalsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.content.SiteSources.PageSource;
import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages and narratives from files: front matter, and problems at their line of the file. */
class MarkdownReaderTest {
  @TempDir Path tmp;
  final Diagnostics diagnostics = new Diagnostics();
  final MarkdownReader reader = new MarkdownReader(new MarkdownRenderer(), diagnostics);

  Path file(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  Optional<Page> page(String text) throws IOException {
    return reader.page(new PageSource(file("om.md", text), "om"));
  }

  List<String> problems() {
    return diagnostics.sorted().stream()
        .map(d -> d.code() + " " + d.pos().line() + ":" + d.pos().column())
        .toList();
  }

  @Test
  void aPageTakesItsTitleWeightAndDraftFromItsFrontMatter() throws IOException {
    Page page =
        page("---\ntitle: Om portalen\nweight: 3\ndraft: true\n---\n\nTekst.\n").orElseThrow();
    assertThat(page.path()).isEqualTo("om");
    assertThat(page.title().in("da")).isEqualTo("Om portalen");
    assertThat(page.language()).isNull();
    assertThat(page.translation()).isNull();
    assertThat(page.weight()).isEqualTo(3);
    assertThat(page.draft()).isTrue();
    assertThat(diagnostics.sorted()).isEmpty();
    Page plain = page("---\ntitle: Om\n---\nTekst.\n").orElseThrow();
    assertThat(plain.weight()).isZero();
    assertThat(plain.draft()).isFalse();
  }

  @Test
  void problemsInTheBodyAreReportedAtTheirLineOfTheFile() throws IOException {
    Page page =
        page("---\ntitle: Om\nweight: 1\n---\n\nSe [kontakt](kontakt.html).\n\nTekst <b>x</b>\n")
            .orElseThrow();
    assertThat(page.document().links())
        .extracting(LinkRef::url, l -> l.pos().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kontakt.html", 6));
    assertThat(problems()).containsExactly("W-MD-001 8:7", "W-MD-001 8:11");
  }

  @Test
  void problemsInTheFrontMatterAreReportedAtTheirLineOfTheFile() throws IOException {
    assertThat(page("---\ntitle: Om\n\nweight: tung\ntitel: x\n---\nTekst.\n")).isPresent();
    assertThat(problems()).containsExactly("E-DATA-002 4:9", "E-DATA-001 5:1");
  }

  @Test
  void aPageWithoutATitleIsNotPublished() throws IOException {
    assertThat(page("---\nweight: 1\n---\nTekst.\n")).isEmpty();
    assertThat(problems()).singleElement().asString().startsWith("E-DATA-003 2:");
  }

  @Test
  void aPageWithoutFrontMatterIsAnErrorAtItsFirstLine() throws IOException {
    assertThat(page("# Om\n\nTekst.\n")).isEmpty();
    assertThat(problems()).containsExactly("E-CONTENT-005 1:1");
  }

  @Test
  void aFigureBelongsInANarrativeNotInAPage() throws IOException {
    page("---\ntitle: Om\n---\n\nTekst.\n\n{{figure output}}\n");
    assertThat(problems()).containsExactly("E-MD-002 7:1");
  }

  @Test
  void aNarrativesFrontMatterIsIgnoredWithAWarningAndItsLinesStillCount() throws IOException {
    MarkdownDocument doc =
        reader
            .narrative(
                file("status.md", "---\ntitle: Status\n---\nTekst.\n\n  {{figure output}}\n"))
            .orElseThrow();
    assertThat(doc.segments())
        .filteredOn(s -> s instanceof MarkdownDocument.FigureRef)
        .extracting(
            s ->
                ((MarkdownDocument.FigureRef) s).pos().line()
                    + ":"
                    + ((MarkdownDocument.FigureRef) s).pos().column())
        .containsExactly("6:3");
    assertThat(problems()).containsExactly("W-CONTENT-003 1:1");
  }

  @Test
  void aFileOverTwoMebibytesIsNotRead() throws IOException {
    Path big = file("status.md", "x".repeat(2 * 1024 * 1024 + 1));
    assertThat(reader.narrative(big)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(d -> d.code()).containsExactly("E-CONTENT-006");
  }
}
