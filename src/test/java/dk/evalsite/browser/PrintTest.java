package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.browser.BrowserSite.Viewport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Chromium's print-to-PDF of chapter 5 (the chapter with the most tables): A4 because the
 * stylesheet says so, no navigation chrome, no table row cut across pages, nothing printed past the
 * margins (Chromium shrinks a page whose content is too wide; this checks the result). The PDF is
 * kept as target/screenshots/chapter-progress-print.pdf.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintTest {
  static final String CHAPTER = "reports/social-inklusion/progress.html";
  static final float A4_WIDTH_PT = 595.28f;
  static final float A4_HEIGHT_PT = 841.89f;

  /** The stylesheet's side margin, 16 mm, in points. */
  static final float MARGIN_SIDE_PT = 16 / 25.4f * 72;

  BrowserSite browser;
  byte[] pdf;
  List<String> pageTexts;

  @BeforeAll
  void print(@TempDir Path tmp) throws IOException {
    browser = BrowserSite.open(tmp);
    browser.viewport(Viewport.DESKTOP);
    browser.load(CHAPTER);
    // Page.printToPDF with the stylesheet's @page size; Letter would be Chromium's default.
    Map<String, Object> result =
        browser.driver.executeCdpCommand(
            "Page.printToPDF",
            Map.of(
                "preferCSSPageSize",
                true,
                "printBackground",
                true,
                "paperWidth",
                8.5,
                "paperHeight",
                11));
    pdf = Base64.getDecoder().decode((String) result.get("data"));
    Files.createDirectories(BrowserPagesTest.SCREENSHOTS);
    Files.write(BrowserPagesTest.SCREENSHOTS.resolve("chapter-progress-print.pdf"), pdf);
    pageTexts = texts(pdf);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theStylesheetMakesEveryPrintedPageA4() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("pages printed").isBetween(2, 40);
      List<String> notA4 = new ArrayList<>();
      int n = 1;
      for (PDPage page : doc.getPages()) {
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        if (Math.abs(w - A4_WIDTH_PT) > 1 || Math.abs(h - A4_HEIGHT_PT) > 1) {
          notA4.add("page " + n + ": " + w + " x " + h + " pt");
        }
        n++;
      }
      assertThat(notA4)
          .as(LinksTest.listing("pages that are not A4 (595 x 842 pt)", notA4))
          .isEmpty();
    }
  }

  @Test
  void webDriverPrintingOnA4GivesTheSameText() throws IOException {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    Pdf printed = browser.driver.print(options);

    List<String> texts = texts(Base64.getDecoder().decode(printed.getContent()));

    assertThat(normalize(String.join(" ", texts)))
        .isEqualTo(normalize(String.join(" ", pageTexts)));
  }

  @Test
  void navigationChromeIsHiddenInPrintAndAbsentFromThePdf() {
    browser.media("print");
    try {
      @SuppressWarnings("unchecked")
      List<String> shown =
          (List<String>)
              browser.js(
                  "return [...document.querySelectorAll('.skip-link, .site-nav, .breadcrumbs,"
                      + " .report-nav, .pager')].filter(e => getComputedStyle(e).display !== 'none')"
                      + ".map(e => e.className)");
      assertThat(shown).as("navigation shown under print media").isEmpty();
      @SuppressWarnings("unchecked")
      List<String> chrome =
          (List<String>)
              browser.js(
                  "const main = normalize(document.querySelector('main').textContent);"
                      + " function normalize(t) { return t.replace(/\\s+/g, ' ').trim(); }"
                      + " return [...document.querySelectorAll('.skip-link, .site-nav a,"
                      + " .breadcrumbs li, .chapter-list a, .pager a')]"
                      + ".map(e => normalize(e.textContent))"
                      + ".filter(t => t.length > 3 && !main.replace(/(Forrige|Næste) .*$/, '').includes(t))");
      assertThat(chrome).as("navigation texts that appear nowhere else").hasSizeGreaterThan(5);

      String text = normalize(String.join(" ", pageTexts));
      List<String> printed = chrome.stream().filter(t -> text.contains(normalize(t))).toList();
      assertThat(printed).as(LinksTest.listing("navigation printed in the PDF", printed)).isEmpty();
      String h1 = normalize((String) browser.js("return document.querySelector('h1').textContent"));
      assertThat(text).as("the chapter's heading is printed").contains(h1);
    } finally {
      browser.media("");
    }
  }

  @Test
  void everyTableRowIsPrintedWholeOnOnePage() {
    browser.media("print");
    try {
      @SuppressWarnings("unchecked")
      List<String> rows =
          (List<String>)
              browser.js(
                  "return [...document.querySelectorAll('main tr')].map(tr => {"
                      + " const c = tr.cloneNode(true);"
                      + " c.querySelectorAll('.visually-hidden').forEach(e => e.remove());"
                      + " return [...c.children].map(td => td.textContent).join(' ')"
                      + ".replace(/\\s+/g, ' ').trim(); })");
      @SuppressWarnings("unchecked")
      List<String> breakable =
          (List<String>)
              browser.js(
                  "return [...document.querySelectorAll('main tr')]"
                      + ".filter(tr => getComputedStyle(tr).breakInside !== 'avoid')"
                      + ".map(tr => tr.textContent.trim().slice(0, 40))");
      assertThat(rows).as("table rows in the chapter").hasSizeGreaterThan(20);
      assertThat(breakable).as("rows the print stylesheet lets break").isEmpty();

      List<Set<String>> pageWords = pageTexts.stream().map(PrintTest::words).toList();
      List<String> cut = new ArrayList<>();
      for (String row : rows) {
        Set<String> need = words(row);
        if (pageWords.stream().noneMatch(p -> p.containsAll(need))) {
          cut.add(row);
        }
      }
      assertThat(cut)
          .as(LinksTest.listing("rows not found whole on any one PDF page", cut))
          .isEmpty();
    } finally {
      browser.media("");
    }
  }

  @Test
  void nothingIsPrintedOutsideTheA4MarginsAndGraphicsScaleToTheColumn() throws IOException {
    List<String> outside = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i - 1);
        float left = MARGIN_SIDE_PT - 1;
        float right = page.getMediaBox().getWidth() - MARGIN_SIDE_PT + 1;
        for (TextPosition t : glyphs(doc, i)) {
          if (t.getXDirAdj() < left || t.getXDirAdj() + t.getWidthDirAdj() > right) {
            outside.add(
                "page " + i + ": \"" + t.getUnicode() + "\" at x=" + t.getXDirAdj() + " pt");
          }
        }
      }
    }
    assertThat(outside)
        .as(LinksTest.listing("text printed outside the 16 mm side margins", outside))
        .isEmpty();

    browser.media("print");
    try {
      @SuppressWarnings("unchecked")
      List<String> unscaled =
          (List<String>)
              browser.js(
                  "return [...document.querySelectorAll('main svg, main img, main canvas')]"
                      + ".filter(g => !g.closest('[aria-hidden=true]')"
                      + " && getComputedStyle(g).maxWidth !== '100%')"
                      + ".map(g => g.outerHTML.slice(0, 80))");
      assertThat(unscaled).as("graphics without max-width: 100% in print").isEmpty();
    } finally {
      browser.media("");
    }
  }

  /** Every glyph PDFBox extracts from one page, with its position. */
  private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            out.addAll(positions);
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return out;
  }

  private static List<String> texts(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> out = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        out.add(stripper.getText(doc));
      }
      return out;
    }
  }

  private static Set<String> words(String text) {
    return new HashSet<>(Arrays.asList(normalize(text).split(" ")));
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").trim();
  }
}
