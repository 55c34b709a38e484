package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDF edition of the example reports (issue 15): PDF/UA-1 by veraPDF, every font embedded, the
 * reference figures in the text layer, a bookmark per chapter, the same bytes from two builds, and
 * the landing page's link to it; none with {@code --no-pdf} or {@code pdf: false}.
 */
class PdfEditionTest {
  private static final String DA = "reports/social-inklusion/social-inklusion.pdf";
  private static final String EN = "reports/social-inclusion/social-inclusion.pdf";

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("site"));
  }

  @ParameterizedTest
  @ValueSource(strings = {DA, EN})
  void passesPdfUa1WithNoFailedRule(String pdf) throws Exception {
    assertThat(failedRules(site.resolve(pdf), "ua1")).as("failed PDF/UA-1 rules").isEmpty();
  }

  /** The same file is an archival PDF/A-2a (tagged, Unicode text, sRGB output intent). */
  @ParameterizedTest
  @ValueSource(strings = {DA, EN})
  void passesPdfA2aWithNoFailedRule(String pdf) throws Exception {
    assertThat(failedRules(site.resolve(pdf), "2a")).as("failed PDF/A-2a rules").isEmpty();
  }

  /** veraPDF's {@code profile} on {@code pdf}: each failed check as "clause-test: message". */
  private static List<String> failedRules(Path pdf, String profile) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    PDFAFlavour ua1 = PDFAFlavour.fromString(profile);
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, ua1);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(ua1, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.getTotalAssertions()).as("veraPDF checked something").isPositive();
      List<String> failed = new ArrayList<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(
              a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + ": "
                  + a.getMessage());
        }
      }
      assertThat(result.isCompliant()).as("compliant %s", failed).isEqualTo(failed.isEmpty());
      return failed;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {DA, EN})
  void embedsEveryFont(String pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts, doc, 0);
      }
      assertThat(fonts).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
    }
  }

  /**
   * Every chart of the report's pages is in its PDF as a tagged figure whose alternative text is
   * the chart's description, drawn in vectors: the PDF holds no image at all (the example's
   * narratives have none), and the charts' text is in the embedded font ({@link #embedsEveryFont}
   * looks into their forms).
   */
  @ParameterizedTest
  @ValueSource(strings = {DA, EN})
  void everyChartOfTheSiteIsAVectorFigureWithItsDescriptionInThePdf(String pdf) throws IOException {
    Path folder = site.resolve(pdf).getParent();
    List<String> descriptions = new ArrayList<>();
    try (Stream<Path> pages = Files.list(folder)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        for (Element desc :
            Jsoup.parse(Files.readString(page)).select(".chart-wrap svg.chart--wide > desc")) {
          descriptions.add(desc.text());
        }
      }
    }
    List<String> figures = new ArrayList<>();
    int images = 0;
    try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
      collectFigureAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
      for (PDPage page : doc.getPages()) {
        images += countImages(page.getResources(), 0);
      }
    }
    assertThat(descriptions).hasSizeGreaterThan(5);
    assertThat(figures).containsExactlyInAnyOrderElementsOf(descriptions);
    assertThat(images).isZero();
  }

  private static void collectFigureAlts(List<Object> kids, List<String> out) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          out.add(element.getAlternateDescription());
        }
        collectFigureAlts(element.getKids(), out);
      }
    }
  }

  private static int countImages(PDResources resources, int depth) throws IOException {
    int images = 0;
    if (resources == null || depth > 8) {
      return images;
    }
    for (COSName name : resources.getXObjectNames()) {
      var xobject = resources.getXObject(name);
      if (xobject instanceof PDImageXObject) {
        images++;
      } else if (xobject instanceof PDFormXObject form) {
        images += countImages(form.getResources(), depth + 1);
      }
    }
    return images;
  }

  private static void collectFonts(
      PDResources resources, List<String> out, PDDocument doc, int depth) throws IOException {
    if (resources == null || depth > 8) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, doc, depth + 1);
      }
    }
  }

  /** The reference figures of the Danish source (oracle/figures.yaml): 3,3 · 84 % · 58 %. */
  @Test
  void theTextLayerHoldsTheReferenceFiguresInEachLanguage() throws IOException {
    String da = text(DA);
    assertThat(da).contains("3,3", "84 %", "58 %", "Bilag A", "Indhold");
    String en = text(EN);
    assertThat(en).contains("3.3", "84%", "58%", "Appendix A", "Contents");
    assertThat(en).doesNotContain("84 %", "Bilag A");
    // No ligature glyphs: the text layer reads "fi", as search and screen readers expect.
    assertThat(da + en).doesNotContain("\ufb01", "\ufb02", "\ufb00");
  }

  /** A made-up example says so on its cover (page 1), in its language; a real report does not. */
  @Test
  void theCoverOfAFictionalExampleSaysItIsFictional() throws IOException {
    String notice = messages("da").getProperty("fictional.notice");
    assertThat(notice).isNotBlank();
    for (String slug : List.of("groenne-job-midtvejs", "groenne-job-slut")) {
      assertThat(firstPage(site.resolve("reports/" + slug + "/" + slug + ".pdf")))
          .as(slug)
          .contains(notice);
    }
    assertThat(firstPage(site.resolve(DA))).doesNotContain(notice);
  }

  private static String firstPage(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      return stripper.getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
  }

  /**
   * A build that fails (here at its last check, a broken link) fails before laying out any PDF: the
   * PDF editions are made last. The same site with the link mended makes them.
   */
  @Test
  void aBuildThatFailsMakesNoPdf() throws IOException {
    Path source = tmp.resolve("broken-link");
    ExampleSite.copyTree(ExampleSite.CONTENT, source);
    Path yaml = source.resolve("site.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replaceAll("(?m)^theme:.*$", "theme: " + Path.of("themes/default").toAbsolutePath()));
    Path narrative = source.resolve("reports/social-inklusion/learning.md");
    String good = Files.readString(narrative);
    Files.writeString(narrative, good + "\n[Se også](../nowhere/index.html)\n");
    List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
    Diagnostics d = new Diagnostics();
    var built = pipeline(d, written).run(source);
    assertThat(built).isEmpty();
    assertThat(d.all()).anyMatch(x -> x.code().equals("E-MD-003") && "links".equals(x.stage()));
    assertThat(written).noneMatch(p -> p.endsWith(".pdf"));

    Files.writeString(narrative, good);
    written.clear();
    assertThat(pipeline(new Diagnostics(), written).run(source)).isPresent();
    assertThat(written).contains("reports/social-inklusion/social-inklusion.pdf");
  }

  /**
   * A narrative's links, relative to its page on the site, still lead somewhere in the PDF: to a
   * chapter of the same PDF inside it, to another page of the site at the site's base_url, and
   * external links as they are; no link is left relative to the PDF's own folder.
   */
  @Test
  void relativeLinksLeadInsideThePdfOrToTheSite() throws IOException {
    Path source = copyOfExample("links");
    Path narrative = source.resolve("reports/social-inklusion/implementation.md");
    Files.writeString(
        narrative,
        Files.readString(narrative)
            + "\nSe [fremdriften](progress.html), [metoden](../../metode.html) og"
            + " [kilden](https://example.org/kilde).\n");
    Path out = ExampleSite.build(source, tmp.resolve("links-site"));
    List<String> uris = new ArrayList<>();
    int inside = 0;
    try (PDDocument doc = Loader.loadPDF(out.resolve(DA).toFile())) {
      for (PDPage page : doc.getPages()) {
        for (var annotation : page.getAnnotations()) {
          if (annotation
              instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
            if (link.getAction()
                instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
              uris.add(uri.getURI());
            } else {
              inside++;
            }
          }
        }
      }
    }
    assertThat(uris)
        .contains("https://evaluering.example.dk/metode.html", "https://example.org/kilde");
    assertThat(uris).allMatch(u -> u.matches("^[a-z]+:.*"), "has a scheme");
    assertThat(uris).noneMatch(u -> u.contains("progress.html"));
    // the contents (9 entries) and the link to chapter 5
    assertThat(inside).isGreaterThanOrEqualTo(10);
  }

  /** The example site, copied to {@code name}, its theme where it is in this checkout. */
  private static Path copyOfExample(String name) throws IOException {
    Path source = tmp.resolve(name);
    ExampleSite.copyTree(ExampleSite.CONTENT, source);
    Path yaml = source.resolve("site.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replaceAll("(?m)^theme:.*$", "theme: " + Path.of("themes/default").toAbsolutePath()));
    return source;
  }

  private static Pipeline pipeline(Diagnostics d, List<String> written) {
    OutputSink sink =
        file -> {
          written.add(file.path());
          return "";
        };
    return new Pipeline(
        new BuildContext(
            tmp.resolve("broken-link"),
            d,
            false,
            true,
            Progress.NONE,
            sink,
            dk.evalsite.incremental.UnitCache.none(),
            new KeptTheme(false),
            false,
            null));
  }

  /** The running footer: "Side X af Y" under every page but the cover, in the report's language. */
  @Test
  void everyPageButTheCoverSaysWhichPageOfHowManyItIs() throws IOException {
    for (String pdf : List.of(DA, EN)) {
      try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
        int pages = doc.getNumberOfPages();
        String[] words = pdf.equals(DA) ? new String[] {"Side", "af"} : new String[] {"Page", "of"};
        for (int n = 1; n <= pages; n++) {
          PDFTextStripper stripper = new PDFTextStripper();
          stripper.setSortByPosition(true);
          stripper.setStartPage(n);
          stripper.setEndPage(n);
          String footer = words[0] + " " + n + " " + words[1] + " " + pages;
          if (n == 1) {
            assertThat(stripper.getText(doc)).as("cover").doesNotContain(words[0] + " 1 ");
          } else {
            assertThat(stripper.getText(doc)).as("page %d of %s", n, pdf).contains(footer);
          }
        }
      }
    }
  }

  /** The check above can fail: an untagged PDF breaks PDF/UA-1 rules. */
  @Test
  void veraPdfRejectsAnUntaggedPdf() throws Exception {
    Path plain = tmp.resolve("plain.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      page.setResources(new PDResources());
      doc.addPage(page);
      doc.save(plain.toFile());
    }
    assertThat(failedRules(plain, "ua1")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  void theBookmarksNameEveryChapterInOrder(String language) throws IOException {
    Properties msg = messages(language);
    List<String> expected = new ArrayList<>();
    String[] ids = {
      "resume", "facts", "status", "implementation", "progress", "effects", "learning"
    };
    for (int i = 0; i < ids.length; i++) {
      expected.add((i + 1) + " " + msg.getProperty("chapter." + ids[i]));
    }
    expected.add(
        msg.getProperty("chapter.number.bilag-a") + " " + msg.getProperty("chapter.bilag-a"));
    try (PDDocument doc = Loader.loadPDF(site.resolve(language.equals("da") ? DA : EN).toFile())) {
      List<String> top = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        top.add(item.getTitle());
      }
      assertThat(top).containsExactlyElementsOf(expected);
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(language);
      assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
      assertThat(doc.getPage(0).getMediaBox().getHeight())
          .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
    }
  }

  @Test
  void twoBuildsGiveIdenticalBytes() throws IOException {
    Path again = ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("again"));
    for (String pdf : List.of(DA, EN)) {
      assertThat(Files.readAllBytes(again.resolve(pdf)))
          .as(pdf)
          .isEqualTo(Files.readAllBytes(site.resolve(pdf)));
    }
  }

  /** The stable hook: an {@code <a data-download="pdf">} whose href ends in .pdf, with the size. */
  @ParameterizedTest
  @ValueSource(strings = {DA, EN})
  void theLandingPageLinksThePdfWithItsSize(String pdf) throws IOException {
    Path landing = site.resolve(pdf).resolveSibling("index.html");
    Element link = Jsoup.parse(landing.toFile()).selectFirst("a[data-download=pdf]");
    assertThat(link).isNotNull();
    assertThat(link.attr("href")).endsWith(".pdf");
    assertThat(landing.resolveSibling(link.attr("href"))).isEqualTo(site.resolve(pdf));
    Matcher m =
        Pattern.compile("^(Hent rapporten som PDF|Download the report as PDF) \\((\\d+) kB\\)$")
            .matcher(link.text());
    assertThat(m.find()).as(link.text()).isTrue();
    assertThat(m.group(1))
        .isEqualTo(pdf.equals(DA) ? "Hent rapporten som PDF" : "Download the report as PDF");
    BigDecimal kb = BigDecimal.valueOf(Files.size(site.resolve(pdf))).movePointLeft(3);
    assertThat(new BigDecimal(m.group(2)).subtract(kb).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.5"));
  }

  @Test
  void noPdfWritesNoneAndLinksNone() throws IOException {
    Path out = tmp.resolve("no-pdf");
    Diagnostics d = new Diagnostics();
    assertThat(new SiteBuilder(d, false).pdf(false).build(ExampleSite.CONTENT, out).written())
        .isTrue();
    assertNoPdf(out);
  }

  @Test
  void siteYamlCanTurnThePdfEditionOff() throws IOException {
    Path content = tmp.resolve("off-src/content");
    ExampleSite.copyTree(ExampleSite.CONTENT, content);
    ExampleSite.copyTree(Path.of("themes/default"), tmp.resolve("off-src/themes/default"));
    Path yaml = content.resolve("site.yaml");
    Files.writeString(yaml, Files.readString(yaml) + "\npdf: false\n");
    Path out = tmp.resolve("off-out");
    Diagnostics d = new Diagnostics();
    assertThat(new SiteBuilder(d, false).build(content, out).written())
        .as("%s", d.sorted())
        .isTrue();
    assertNoPdf(out);
  }

  /**
   * The PDF is an output of its report's unit: an edit to the English report makes its PDF again
   * (the same bytes as a clean build's), and the Danish report's PDF is kept as it was.
   */
  @Test
  void anIncrementalBuildMakesAgainOnlyThePdfOfTheEditedReport() throws IOException {
    Path content = tmp.resolve("inc-src/content");
    ExampleSite.copyTree(ExampleSite.CONTENT, content);
    ExampleSite.copyTree(Path.of("themes/default"), tmp.resolve("inc-src/themes/default"));
    Path out = tmp.resolve("inc-out");
    Diagnostics d = new Diagnostics();
    new SiteBuilder(d, false).build(content, out, false, false);
    byte[] daBefore = Files.readAllBytes(out.resolve(DA));
    byte[] enBefore = Files.readAllBytes(out.resolve(EN));
    Object daFile = Files.getAttribute(out.resolve(DA), "unix:ino");
    Path narrative = content.resolve("reports/social-inclusion/learning.md");
    Files.writeString(
        narrative, Files.readString(narrative) + "\nA sentence added for this test.\n");
    Files.setLastModifiedTime(
        narrative, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
    BuildResult again = new SiteBuilder(d, false).build(content, out, false, false);
    assertThat(d.hasErrors()).as("%s", d.sorted()).isFalse();
    assertThat(again.renderedPages()).as("only the edited report").isLessThan(again.pages());
    byte[] enAfter = Files.readAllBytes(out.resolve(EN));
    assertThat(enAfter).isNotEqualTo(enBefore);
    assertThat(text(out.resolve(EN))).contains("A sentence added for this test.");
    assertThat(Files.readAllBytes(out.resolve(DA))).isEqualTo(daBefore);
    assertThat(Files.getAttribute(out.resolve(DA), "unix:ino"))
        .as("kept, hard-linked")
        .isEqualTo(daFile);
    Path clean = tmp.resolve("inc-clean");
    new SiteBuilder(d, false).build(content, clean, false, true);
    assertThat(enAfter).isEqualTo(Files.readAllBytes(clean.resolve(EN)));
  }

  private static void assertNoPdf(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      assertThat(walk.filter(p -> p.toString().endsWith(".pdf")).toList()).isEmpty();
    }
    assertThat(Files.readString(out.resolve("reports/social-inklusion/index.html")))
        .doesNotContain("data-download");
  }

  private static String text(String pdf) throws IOException {
    return text(site.resolve(pdf));
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
    }
  }

  private static Properties messages(String language) throws IOException {
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            Path.of("themes/default/i18n/messages_" + language + ".properties"),
            StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
