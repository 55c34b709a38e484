package dk.evalsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.content.LinkedFiles.LinkedFile;
import dk.evalsite.content.MarkdownDocument.LinkRef;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedFilesTest {
  @TempDir Path tmp;
  final Diagnostics diagnostics = new Diagnostics();

  @Test
  void theLocalPathOfALinkIsItsDecodedPathWithoutQueryOrFragment() {
    assertThat(LinkedFiles.localPath("bilag%20a/foto.png?v=2#top")).contains("bilag a/foto.png");
    assertThat(LinkedFiles.localPath(" a+b.pdf ")).contains("a+b.pdf");
    assertThat(LinkedFiles.localPath("#top")).contains("");
    assertThat(LinkedFiles.localPath("100%.png")).contains("100%.png");
    for (String web :
        new String[] {"https://example.dk/x.png", "//cdn.dk/x.png", "mailto:a@b.dk", ""}) {
      assertThat(LinkedFiles.localPath(web)).as(web).isEqualTo(Optional.empty());
    }
  }

  @Test
  void aFileIsAPathWhoseLastSegmentHasAPublishedExtension() {
    assertThat(LinkedFiles.isFile("foto.PNG")).isTrue();
    assertThat(LinkedFiles.isFile("bilag/rapport.pdf")).isTrue();
    assertThat(LinkedFiles.isFile("om.html")).isFalse();
    assertThat(LinkedFiles.isFile("billeder.png/index.html")).isFalse();
    assertThat(LinkedFiles.isFile("README")).isFalse();
  }

  /**
   * Collects the links {@code urls} of reports/r/status.md, the report folder mapped to its URL.
   */
  List<LinkedFile> collect(boolean image, String... urls) {
    Path folder = tmp.resolve("reports/r");
    List<LinkRef> links = new ArrayList<>();
    for (int i = 0; i < urls.length; i++) {
      links.add(new LinkRef(image, urls[i], new SourcePos(folder.resolve("status.md"), i + 1, 1)));
    }
    LinkedFiles files = new LinkedFiles(diagnostics);
    files.collect(
        new MarkdownDocument(folder.resolve("status.md"), List.of(), List.of(), links),
        folder,
        "reports/r/");
    return files.files();
  }

  @Test
  void publishesEachLinkedFileBesideItsPageSortedByItsPathInTheSite() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("reports/r/billeder"));
    Files.writeString(folder.resolve("b.png"), "png");
    Files.writeString(tmp.resolve("reports/r/a.pdf"), "pdf");
    List<LinkedFile> files =
        collect(false, "billeder/b.png", "a.pdf", "om.html", "https://x.dk/y.png");
    assertThat(files)
        .extracting(LinkedFile::path)
        .containsExactly("reports/r/a.pdf", "reports/r/billeder/b.png");
    assertThat(files.get(1).source()).isEqualTo(folder.resolve("b.png"));
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aMissingFileOneOutsideTheFolderAnAbsolutePathAndAnUnpublishedKindAreErrorsAtTheLink()
      throws IOException {
    Files.createDirectories(tmp.resolve("reports/r"));
    Files.writeString(tmp.resolve("reports/x.png"), "png");
    Files.writeString(tmp.resolve("reports/r/noter.txt"), "txt");
    assertThat(collect(true, "mangler.png", "../x.png", "/etc/x.png", "noter.txt")).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(d -> d.code() + " " + d.pos().line())
        .containsExactly("E-MD-005 1", "E-MD-005 2", "E-MD-005 3", "E-MD-005 4");
    assertThat(diagnostics.sorted().get(0).message())
        .isEqualTo("the image `mangler.png` does not exist (looked for r/mangler.png)");
  }

  /** Published beside the page, a file or folder named CON or ending in a dot breaks on Windows. */
  @Test
  void aLinkedFileWhoseNameWindowsReservesIsAnErrorAtTheLink() throws IOException {
    Files.createDirectories(tmp.resolve("reports/r/aux"));
    Files.writeString(tmp.resolve("reports/r/con.png"), "png");
    Files.writeString(tmp.resolve("reports/r/aux/foto.png"), "png");
    Files.writeString(tmp.resolve("reports/r/kort.png"), "png");

    assertThat(collect(true, "con.png", "aux/foto.png", "kort.png"))
        .extracting(LinkedFiles.LinkedFile::path)
        .containsExactly("reports/r/kort.png");
    assertThat(diagnostics.sorted())
        .extracting(d -> d.code() + " " + d.pos().line() + " " + d.message())
        .containsExactly(
            "E-CONTENT-002 1 the image `con.png`: the name `con.png` is a device name reserved"
                + " on Windows",
            "E-CONTENT-002 2 the image `aux/foto.png`: the name `aux` is a device name reserved"
                + " on Windows");
  }
}
