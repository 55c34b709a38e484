package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.browser.BrowserSite.Viewport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The example site on phones (320 and 390 px) and on a desktop (1280 px), measured: every cell of
 * every table row (a goal's label, target, status and printed attainment among them) lies inside
 * the screen and inside every box that scrolls; the navigation folds away on phones so that a
 * chapter's heading starts in the top half of the first screen, and unfolds on wide screens.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutTest {
  static final String REPORT = BrowserPagesTest.REPORT;

  /** The first screen of a 390 x 844 phone ends at 844 px; its top half at 422 px. */
  static final int TOP_HALF = Viewport.MOBILE.height / 2;

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

  List<String> pages() {
    return browser.site.distinctPages();
  }

  List<Object[]> pagesAtEachWidth() {
    return browser.pagesAtEachWidth();
  }

  /**
   * Each cell of each body or foot row of each table that is not wholly inside the viewport or
   * inside one of its ancestors that clips or scrolls sideways, and each cell that is not shown.
   */
  static final String CELLS_OUT_OF_SIGHT =
      "const w = innerWidth, out = [];"
          + " const name = (row, cell) => (row.dataset.goal ? 'goal ' + row.dataset.goal"
          + " : '\"' + row.cells[0].textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '\"')"
          + " + ' in ' + (row.closest('figure')?.id ?? row.closest('table').dataset.table"
          + " ?? 'a table') + ', ' + (cell.dataset.label ?? cell.tagName.toLowerCase());"
          + " for (const row of document.querySelectorAll('table :is(tbody, tfoot) > tr')) {"
          + "  for (const cell of row.cells) {"
          + "   const r = cell.getBoundingClientRect();"
          + "   if (r.width < 1 || r.height < 1) { out.push(name(row, cell) + ': not shown');"
          + " continue; }"
          + "   if (r.left < -0.5 || r.right > w + 0.5) out.push(name(row, cell) + ': '"
          + " + Math.round(r.left) + '..' + Math.round(r.right) + ' px, outside the '"
          + " + w + ' px viewport');"
          + "   for (let a = cell.parentElement; a && a !== document.body; a = a.parentElement) {"
          + "    if (getComputedStyle(a).overflowX === 'visible') continue;"
          + "    const b = a.getBoundingClientRect();"
          + "    if (r.left < b.left - 0.5 || r.right > b.right + 0.5) out.push(name(row, cell)"
          + " + ': ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px, outside its '"
          + " + a.tagName.toLowerCase() + '.' + a.className + ' (' + Math.round(b.left) + '..'"
          + " + Math.round(b.right) + ' px), which scrolls or clips')"
          + "   } } }"
          + " return out";

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pagesAtEachWidth")
  void everyTableCellIsInsideTheScreenAndEveryScrollingBox(String page, Viewport viewport) {
    browser.viewport(viewport);
    browser.load(page);

    @SuppressWarnings("unchecked")
    List<String> hidden = (List<String>) browser.js(CELLS_OUT_OF_SIGHT);

    assertThat(hidden)
        .as(
            LinksTest.listing(
                "table cells out of sight on " + page + " at " + viewport.width + " px", hidden))
        .isEmpty();
  }

  /** Between phone and desktop a wide table gets a narrow column: its rows become cards too. */
  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {640, 800, 960, 1024})
  void betweenPhoneAndDesktopNoTableCellIsOutOfSight(int width) {
    List<String> hidden = new ArrayList<>();
    browser.viewport(width, 900, false);
    for (String page : pages()) {
      browser.load(page);
      @SuppressWarnings("unchecked")
      List<String> onPage = (List<String>) browser.js(CELLS_OUT_OF_SIGHT);
      onPage.forEach(h -> hidden.add(page + ": " + h));
    }
    assertThat(hidden)
        .as(LinksTest.listing("table cells out of sight at " + width + " px", hidden))
        .isEmpty();
  }

  @Test
  void everyGoalRowShowsItsLabelTargetsStatusAndPrintedAttainmentOnPhones() {
    List<String> problems = new ArrayList<>();
    long rows = 0;
    for (Viewport viewport : List.of(Viewport.SMALL, Viewport.MOBILE)) {
      browser.viewport(viewport);
      for (String page : List.of(REPORT + "progress.html", REPORT + "effects.html")) {
        browser.load(page);
        List<WebElement> goals = browser.driver.findElements(By.cssSelector("tr[data-goal]"));
        rows += goals.size();
        for (WebElement row : goals) {
          String goal = row.getAttribute("data-goal");
          WebElement attainment = row.findElement(By.cssSelector("td.attainment"));
          if (row.getAttribute("data-region") != null
              && shown(attainment)
              && !attainment.getText().isBlank()
              && row.findElement(By.cssSelector("th")).getText().contains(goal)) {
            continue;
          }
          problems.add(page + " at " + viewport.width + " px: goal " + goal + " is incomplete");
        }
      }
    }
    assertThat(rows).as("goal rows looked at").isGreaterThan(20);
    assertThat(problems).as(LinksTest.listing("goal rows", problems)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theHeadingStartsInTheTopHalfOfAPhonesFirstScreen(String page) {
    browser.viewport(Viewport.MOBILE);
    browser.load(page);

    double top =
        ((Number) browser.js("return document.querySelector('h1').getBoundingClientRect().top"))
            .doubleValue();

    assertThat(top)
        .as("top of the h1 of %s at 390 x 844 (px from the top of the screen)", page)
        .isLessThan(TOP_HALF);
  }

  @Test
  void onPhonesTheMenuAndChapterListFoldBehindAControlThatOpensThemWithoutScript() {
    browser.viewport(Viewport.MOBILE);
    browser.load(REPORT + "progress.html");

    for (String nav : List.of(".site-nav", ".report-nav")) {
      WebElement toggle = browser.driver.findElement(By.cssSelector(nav + " summary"));
      WebElement link = browser.driver.findElement(By.cssSelector(nav + " li a"));
      assertThat(shown(toggle)).as("the %s's summary on a phone", nav).isTrue();
      assertThat(shown(link)).as("the %s's first link before opening", nav).isFalse();
      toggle.click();
      assertThat(shown(link)).as("the %s's first link after opening", nav).isTrue();
    }
    // The only script is the site search's, which touches nothing but its own form.
    assertThat(
            browser.js(
                "return [...document.scripts]"
                    + ".filter(s => !s.src.endsWith('/assets/search.js')).length"))
        .as("scripts on the page besides the search")
        .isEqualTo(0L);
  }

  @Test
  void onWideScreensTheMenuAndChapterListAreOpenWithoutAControl() {
    browser.viewport(Viewport.DESKTOP);
    browser.load(REPORT + "progress.html");

    for (String nav : List.of(".site-nav", ".report-nav")) {
      assertThat(shown(browser.driver.findElement(By.cssSelector(nav + " summary"))))
          .as("the %s's summary on a wide screen", nav)
          .isFalse();
      for (WebElement link : browser.driver.findElements(By.cssSelector(nav + " li a"))) {
        assertThat(shown(link)).as("%s link %s", nav, link.getText()).isTrue();
      }
    }
  }

  /** Rendered with a size and not hidden by CSS (display, visibility, a folded disclosure). */
  private boolean shown(WebElement e) {
    return Boolean.TRUE.equals(
        browser.js(
            "const e = arguments[0], r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0"
                + " && e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})",
            e));
  }
}
