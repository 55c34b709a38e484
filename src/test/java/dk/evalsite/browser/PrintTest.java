package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.browser.BrowserSite.Viewport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Chromium's print-to-PDF of chapter 5 (the chapter with the most tables): A4 because the
 * stylesheet says so, no navigation chrome, no table row cut across pages, nothing printed past the
 * margins (Chromium shrinks a page whose content is too wide; this checks the result). Then every
 * page with charts: each chart scaled to the printed column and whole on one page with its caption.
 * The PDFs are kept as target/screenshots/chapter-social-inklusion-progress-print.pdf and so on.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintTest {
  static final String CHAPTER = "reports/social-inklusion/progress.html";
  static final float A4_WIDTH_PT = 595.28f;
  static final float A4_HEIGHT_PT = 841.89f;

  /** The stylesheet's side margin, 16 mm, in points. */
  static final float MARGIN_SIDE_PT = 16 / 25.4f * 72;

  /** The stylesheet's @page margins: 18 mm top, 16 mm sides, 20 mm bottom. */
  static final double PRINTED_WIDTH_MM = 210 - 2 * 16;

  static final double PRINTED_HEIGHT_MM = 297 - 18 - 20;

  /**
   * The box a printed A4 page lays its content out in, in CSS px (96 per inch), rounded down: 672 x
   * 978. Chromium prints at this width unless something is wider, when it shrinks the whole page.
   */
  static final int PRINTED_WIDTH_PX = (int) (PRINTED_WIDTH_MM / 25.4 * 96);

  static final int PRINTED_HEIGHT_PX = (int) (PRINTED_HEIGHT_MM / 25.4 * 96);

  /** Chart labels printed smaller than this (6 pt) are too small to read on paper. */
  static final double SMALLEST_LABEL_PX = 8;

  BrowserSite browser;
  byte[] pdf;
  List<String> pageTexts;
  final Map<String, byte[]> printed = new HashMap<>();

  @BeforeAll
  void print(@TempDir Path tmp) throws IOException {
    browser = BrowserSite.open(tmp);
    pdf = printed(CHAPTER);
    pageTexts = texts(pdf);
  }

  /**
   * Chromium's print-to-PDF of {@code page}, as a reader's "Save as PDF" makes it: the stylesheet's
   * {@code @page} size (Letter would be Chromium's default), backgrounds on. Printed once per page
   * and kept in target/screenshots/ ({@code chapter-social-inklusion-progress-print.pdf} and so
   * on).
   */
  byte[] printed(String page) throws IOException {
    if (!printed.containsKey(page)) {
      browser.viewport(Viewport.DESKTOP);
      browser.media("");
      browser.load(page);
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
      byte[] bytes = Base64.getDecoder().decode((String) result.get("data"));
      Files.createDirectories(BrowserPagesTest.SCREENSHOTS);
      Files.write(BrowserPagesTest.SCREENSHOTS.resolve(pdfName(page)), bytes);
      printed.put(page, bytes);
    }
    return printed.get(page);
  }

  /** "reports/social-inklusion/progress.html" → "chapter-social-inklusion-progress-print.pdf". */
  static String pdfName(String page) {
    String name = page.replace(".html", "");
    return (page.startsWith("reports/")
            ? "chapter-" + name.substring("reports/".length()).replace('/', '-')
            : "site-" + name.replace('/', '-'))
        + "-print.pdf";
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
    List<String> outside = outsideTheMargins(pdf);
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
                      + " && getComputedStyle(g).display !== 'none'"
                      + " && getComputedStyle(g).maxWidth !== '100%')"
                      + ".map(g => g.outerHTML.slice(0, 80))");
      assertThat(unscaled).as("graphics without max-width: 100% in print").isEmpty();
    } finally {
      browser.media("");
    }
  }

  /** Every page of the example site that draws a chart ({@code svg.chart}). */
  List<String> pagesWithCharts() throws IOException {
    List<String> out = new ArrayList<>();
    for (String page : browser.site.pages()) {
      if (Files.readString(browser.site.file(page)).contains("class=\"chart chart--")) {
        out.add(page);
      }
    }
    return out;
  }

  @Test
  void theChaptersWithChartsArePrinted() throws IOException {
    assertThat(pagesWithCharts())
        .as("pages with charts")
        .contains(CHAPTER, "reports/social-inklusion/facts.html");
  }

  /**
   * Per chart (the variant print shows, and how many of its variants are shown): its id, box, the
   * column's box, its viewBox, the smallest label font size as drawn, and whether the stylesheet
   * keeps it on one page.
   */
  static final String CHART_BOXES =
      "const main = document.querySelector('main').getBoundingClientRect();"
          + " return [...document.querySelectorAll('.chart-wrap')].map(wrap => {"
          + " const all = [...wrap.querySelectorAll('svg.chart')];"
          + " const shown = all.filter(s => getComputedStyle(s).display !== 'none');"
          + " const svg = shown[0] ?? all[0];"
          + " const r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;"
          + " const scale = r.width / vb.width;"
          + " const sizes = [...svg.querySelectorAll('text')]"
          + ".map(t => parseFloat(getComputedStyle(t).fontSize) * scale);"
          + " return {id: svg.id, left: r.left, right: r.right, width: r.width, height: r.height,"
          + " columnLeft: main.left, columnRight: main.right, viewWidth: vb.width,"
          + " viewHeight: vb.height, smallestLabel: sizes.length ? Math.min(...sizes) : 99,"
          + " breakInside: getComputedStyle(svg.closest('.chart-wrap')).breakInside,"
          + " display: getComputedStyle(svg).display, shown: shown.length}; })";

  /**
   * Laid out as on paper (print media, the A4 column's width), every chart fits the column and the
   * page: scaled, not cut off or stretched, labels still readable, not taller than a page, and the
   * stylesheet asks not to break it. Nothing on the page is wider than the paper, so Chromium has
   * no reason to shrink the page either.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithCharts")
  void everyChartIsScaledToThePrintedColumnAndFitsOnAPage(String page) {
    loadAsPrinted(page);
    try {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.js(CHART_BOXES);
      long pageWidth = (Long) browser.js("return document.documentElement.scrollWidth");
      @SuppressWarnings("unchecked")
      List<String> tooWide =
          (List<String>)
              browser.js(
                  "const w = arguments[0], past = e => e.getBoundingClientRect().right > w + 0.5;"
                      + " return [...document.querySelectorAll('main *')]"
                      + ".filter(e => past(e) && !past(e.parentElement))"
                      + ".map(e => e.tagName.toLowerCase() + '.' + e.className"
                      + " + ' in ' + (e.closest('figure')?.id || 'main')"
                      + " + ': right edge at ' + Math.round(e.getBoundingClientRect().right) + ' px')",
                  PRINTED_WIDTH_PX);

      assertThat(charts).as("charts on %s", page).isNotEmpty();
      List<String> wrong = new ArrayList<>();
      for (Map<String, Object> c : charts) {
        String id = (String) c.get("id");
        double left = num(c, "left");
        double right = num(c, "right");
        double width = num(c, "width");
        double height = num(c, "height");
        double ratio = num(c, "viewWidth") / num(c, "viewHeight");
        if (((Number) c.get("shown")).intValue() != 1) {
          // Each chart is drawn wide and narrow; paper shows exactly one of them.
          wrong.add(id + ": " + c.get("shown") + " of its variants shown in print, not 1");
        }
        if (!"block".equals(c.get("display")) || width < 1 || height < 1) {
          wrong.add(id + ": not shown in print (display " + c.get("display") + ")");
          continue;
        }
        if (left < num(c, "columnLeft") - 0.5
            || right > num(c, "columnRight") + 0.5
            || right > PRINTED_WIDTH_PX + 0.5) {
          wrong.add(
              String.format(
                  Locale.ROOT,
                  "%s: %.0f px wide from x=%.0f to %.0f; the column is %.0f to %.0f, the paper %d"
                      + " px",
                  id,
                  width,
                  left,
                  right,
                  num(c, "columnLeft"),
                  num(c, "columnRight"),
                  PRINTED_WIDTH_PX));
        }
        if (Math.abs(width / height - ratio) > ratio * 0.01) {
          wrong.add(
              String.format(
                  Locale.ROOT,
                  "%s: drawn %.0f x %.0f px, out of its %.0f x %.0f proportions",
                  id,
                  width,
                  height,
                  num(c, "viewWidth"),
                  num(c, "viewHeight")));
        }
        if (height > PRINTED_HEIGHT_PX) {
          wrong.add(
              String.format(
                  Locale.ROOT,
                  "%s: %.0f px tall, taller than a page (%d px)",
                  id,
                  height,
                  PRINTED_HEIGHT_PX));
        }
        if (num(c, "smallestLabel") < SMALLEST_LABEL_PX) {
          wrong.add(
              String.format(
                  Locale.ROOT,
                  "%s: labels shrink to %.1f px (under %.0f px, 6 pt)",
                  id,
                  num(c, "smallestLabel"),
                  SMALLEST_LABEL_PX));
        }
        if (!"avoid".equals(c.get("breakInside"))) {
          wrong.add(id + ": its .chart-wrap may break across pages (" + c.get("breakInside") + ")");
        }
      }
      assertThat(wrong)
          .as(LinksTest.listing("charts that do not fit the printed page of " + page, wrong))
          .isEmpty();
      assertThat(pageWidth)
          .as(
              LinksTest.listing(
                  page
                      + " is "
                      + pageWidth
                      + " px wide laid out for print, wider than the paper's "
                      + PRINTED_WIDTH_PX
                      + " px, so Chromium shrinks the whole page, charts included; too wide",
                  tooWide))
          .isLessThanOrEqualTo(PRINTED_WIDTH_PX);
    } finally {
      backToScreen();
    }
  }

  /**
   * In the PDF itself, each chart's labels are printed in one run on one page, right after its
   * figure caption (so neither the chart nor caption and chart are split across pages), and no
   * glyph of the page lies outside the side margins.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithCharts")
  void everyChartIsPrintedWholeOnOnePageWithItsCaption(String page) throws IOException {
    byte[] bytes = printed(page);
    browser.viewport(Viewport.DESKTOP);
    browser.load(page);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> charts =
        (List<Map<String, Object>>)
            browser.js(
                "return [...document.querySelectorAll('svg.chart--wide')].map(svg => {"
                    + " const prev = svg.closest('.chart-wrap').previousElementSibling;"
                    + " return {id: svg.id,"
                    + " caption: prev && prev.tagName === 'FIGCAPTION' ? prev.textContent : '',"
                    + " labels: [...svg.querySelectorAll('text')].map(t => t.textContent)}; })");
    List<String> pages = texts(bytes).stream().map(PrintTest::squeeze).toList();

    assertThat(charts).as("charts on %s", page).isNotEmpty();
    List<String> split = new ArrayList<>();
    for (Map<String, Object> c : charts) {
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) c.get("labels");
      assertThat(labels).as("labels of %s", c.get("id")).isNotEmpty();
      String caption = (String) c.get("caption");
      String run = squeeze(caption + String.join("", labels));
      if (pages.stream().noneMatch(p -> p.contains(run))) {
        // Where it breaks: the page holding the longest start of the run.
        int bestPage = 0;
        int bestCount = -1;
        for (int i = 0; i < pages.size(); i++) {
          StringBuilder prefix = new StringBuilder(squeeze(caption));
          int count = -1;
          while (count < labels.size() && pages.get(i).contains(prefix)) {
            count++;
            if (count < labels.size()) {
              prefix.append(squeeze(labels.get(count)));
            }
          }
          if (count > bestCount) {
            bestCount = count;
            bestPage = i + 1;
          }
        }
        split.add(
            c.get("id")
                + (caption.isEmpty() ? "" : " (\"" + caption.strip() + "\")")
                + ": not printed whole on any one page; "
                + (bestCount < 0
                    ? "no page has its caption"
                    : "page "
                        + bestPage
                        + " has "
                        + (caption.isEmpty() ? "" : "its caption and ")
                        + "only the first "
                        + bestCount
                        + " of its "
                        + labels.size()
                        + " labels"));
      }
    }
    assertThat(split)
        .as(LinksTest.listing("charts split across pages in " + pdfName(page), split))
        .isEmpty();
    List<String> outside = outsideTheMargins(bytes);
    assertThat(outside)
        .as(LinksTest.listing("text printed outside the 16 mm side margins of " + page, outside))
        .isEmpty();

    // Printed at full size: the page's largest text, its h1, is as large in the PDF as the print
    // stylesheet makes it (px to pt: x 0.75). Chromium shrinks every page it finds too wide.
    loadAsPrinted(page);
    double h1 =
        ((Number)
                browser.js(
                    "return Math.max(...[document.querySelector('h1'),"
                        + " ...document.querySelectorAll('h1 *')]"
                        + ".map(e => parseFloat(getComputedStyle(e).fontSize)))"))
            .doubleValue();
    backToScreen();
    double largest;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      largest = glyphs(doc, 1).stream().mapToDouble(TextPosition::getXScale).max().orElse(0);
    }
    assertThat(largest)
        .as("largest text on page 1 of %s in pt (its h1, %.1f px in print)", pdfName(page), h1)
        .isCloseTo(h1 * 0.75, org.assertj.core.data.Offset.offset(h1 * 0.75 * 0.02));
  }

  /**
   * Loads {@code page} laid out as on paper: print media, a viewport as wide and high as the A4
   * page's content box. Loaded afresh under print rather than switched to it: under an open page,
   * Chromium applies the print rules at once but sizes in rem (the h1's) only frames later.
   */
  private void loadAsPrinted(String page) {
    browser.viewport(PRINTED_WIDTH_PX, PRINTED_HEIGHT_PX, false);
    browser.media("print");
    browser.load(page);
  }

  private void backToScreen() {
    browser.media("");
    browser.viewport(Viewport.DESKTOP);
  }

  /** Each glyph of the PDF that lies outside the stylesheet's 16 mm side margins. */
  static List<String> outsideTheMargins(byte[] pdf) throws IOException {
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
    return outside;
  }

  private static double num(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }

  /** The text without any white space, so runs compare however PDFBox spaced or broke them. */
  static String squeeze(String text) {
    return text.replaceAll("[\\s\u00a0\u202f\u2009]+", "");
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
