package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.browser.BrowserSite.Viewport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chart of the example site measured in Chromium at 320, 390 and 1280 px: exactly one of its
 * two variants is shown, it lies inside the viewport and inside every box that clips or scrolls,
 * every label lies inside it, its smallest text is drawn at 12 px or more, and no line crosses a
 * label.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartFitTest {
  static final double SMALLEST_TEXT_PX = 12;

  BrowserSite browser;

  @BeforeAll
  void open(@TempDir Path tmp) throws IOException {
    browser = BrowserSite.open(tmp);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  List<Object[]> pagesAtEachWidth() {
    return browser.pagesAtEachWidth();
  }

  /** What is wrong with each chart of the page; also how many charts and the smallest text. */
  static final String MEASURE =
      "const w = innerWidth, problems = [], sizes = [];"
          + " const wraps = [...document.querySelectorAll('.chart-wrap')];"
          + " for (const wrap of wraps) {"
          + "  const shown = [...wrap.querySelectorAll('svg.chart')].filter(s =>"
          + " getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().width > 0);"
          + "  const name = wrap.closest('figure')?.id ?? wrap.querySelector('svg')?.id;"
          + "  if (shown.length !== 1) { problems.push(name + ': ' + shown.length"
          + " + ' of its variants shown, not 1'); continue; }"
          + "  const svg = shown[0], r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;"
          + "  const scale = r.width / vb.width, id = svg.id;"
          + "  if (r.left < -0.5 || r.right > w + 0.5) problems.push(id + ': ' + Math.round(r.left)"
          + " + '..' + Math.round(r.right) + ' px, outside the ' + w + ' px viewport');"
          + "  for (let a = svg.parentElement; a && a !== document.body; a = a.parentElement) {"
          + "   if (getComputedStyle(a).overflowX === 'visible') continue;"
          + "   const b = a.getBoundingClientRect();"
          + "   if (r.left < b.left - 0.5 || r.right > b.right + 0.5) problems.push(id + ': '"
          + " + Math.round(r.left) + '..' + Math.round(r.right) + ' px, outside its '"
          + " + a.tagName.toLowerCase() + '.' + a.className + ', which scrolls or clips'); }"
          + "  const texts = [...svg.querySelectorAll('text')];"
          + "  if (texts.length === 0) problems.push(id + ': no text');"
          + "  for (const t of texts) {"
          + "   const px = parseFloat(getComputedStyle(t).fontSize) * scale;"
          + "   sizes.push(px);"
          + "   if (px < "
          + SMALLEST_TEXT_PX
          + " - 0.01) problems.push(id + ': \"' + t.textContent"
          + " + '\" drawn at ' + px.toFixed(1) + ' px');"
          + "   const tr = t.getBoundingClientRect();"
          + "   if (tr.left < r.left - 0.5 || tr.right > r.right + 0.5 || tr.top < r.top - 0.5"
          + " || tr.bottom > r.bottom + 0.5) problems.push(id + ': \"' + t.textContent"
          + " + '\" sticks out of its chart');"
          + "   const tb = t.getBBox();"
          + "   for (const l of svg.querySelectorAll('line')) {"
          + "    const x1 = +l.getAttribute('x1'), x2 = +l.getAttribute('x2'),"
          + " y1 = +l.getAttribute('y1'), y2 = +l.getAttribute('y2');"
          + "    if (Math.max(x1, x2) > tb.x && Math.min(x1, x2) < tb.x + tb.width"
          + " && Math.max(y1, y2) > tb.y && Math.min(y1, y2) < tb.y + tb.height)"
          + " problems.push(id + ': a line crosses \"' + t.textContent + '\"'); } } }"
          + " return {charts: wraps.length, problems: problems,"
          + " smallest: sizes.length ? Math.min(...sizes) : 99};";

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pagesAtEachWidth")
  void everyChartFitsTheScreenWithTextOf12PxOrMore(String page, Viewport viewport) {
    browser.viewport(viewport);
    browser.load(page);

    @SuppressWarnings("unchecked")
    Map<String, Object> measured = (Map<String, Object>) browser.js(MEASURE);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) measured.get("problems");

    assertThat(problems)
        .as(LinksTest.listing("charts on " + page + " at " + viewport.width + " px", problems))
        .isEmpty();
    assertThat(((Number) measured.get("smallest")).doubleValue())
        .as("smallest chart text on %s at %d px", page, viewport.width)
        .isGreaterThanOrEqualTo(SMALLEST_TEXT_PX - 0.01);
  }

  /** The measurement above looks at charts: the site has them at every width. */
  @Test
  void theChartsAreFoundAtEveryWidth() {
    for (Viewport viewport : Viewport.values()) {
      browser.viewport(viewport);
      long charts = 0;
      List<String> seen = new ArrayList<>();
      // The reference report in both languages (Figur 1-12 hold 12 charts) and the index's
      // portfolio chart: counts known from the source, whatever else the example holds.
      for (String page :
          browser.site.pages().stream()
              .filter(p -> p.equals("index.html") || p.startsWith("reports/social-"))
              .toList()) {
        browser.load(page);
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) browser.js(MEASURE);
        long onPage = ((Number) measured.get("charts")).longValue();
        charts += onPage;
        if (onPage > 0) {
          seen.add(page);
        }
      }
      assertThat(charts).as("charts at %d px on %s", viewport.width, seen).isEqualTo(2 * 12 + 1);
    }
  }
}
