package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.browser.BrowserSite.Viewport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 AA in Chromium on every page of the example site: axe-core's A and AA rules at desktop
 * and phone widths, and the checks axe cannot make alone (keyboard, focus, headings, tables,
 * traffic lights, text alternatives).
 */
@BrowserTest(axe = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {
  BrowserSite browser;
  AxeRunner axe;
  Path tmp;

  @BeforeAll
  void open(@TempDir Path dir) throws IOException {
    tmp = dir;
    browser = BrowserSite.open(dir);
    axe = AxeRunner.load();
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
   * Each page at desktop and at the narrowest phone width: the dark scheme changes colours, not
   * layout, so the two layouts (table and cards, sidebar and menu) cover what it can break; the
   * middle width adds only time.
   */
  List<Object[]> pagesAtTheOuterWidths() {
    return browser.pagesAtEachWidth().stream().filter(p -> p[1] != Viewport.MOBILE).toList();
  }

  /** Loads a page at desktop width with focus at the start of the document. */
  private void load(String page) {
    browser.viewport(Viewport.DESKTOP);
    browser.load(page);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pagesAtEachWidth")
  void axeFindsNoViolationOfWcag21LevelAOrAA(String page, Viewport viewport) {
    browser.viewport(viewport);
    browser.load(page);

    List<AxeRunner.Violation> violations = axe.run(browser.driver);

    assertThat(violations)
        .as(
            LinksTest.listing(
                "axe-core "
                    + axe.version(browser.driver)
                    + " violations on "
                    + page
                    + " at "
                    + viewport,
                violations))
        .isEmpty();
  }

  /**
   * The same in the dark colour scheme, which readers choose in their system settings; the body
   * must really be dark, so that a scheme that never switched cannot pass.
   */
  @ParameterizedTest(name = "{0} at {1}, dark")
  @MethodSource("pagesAtTheOuterWidths")
  void axeFindsNoViolationInTheDarkScheme(String page, Viewport viewport) {
    browser.viewport(viewport);
    browser.colorScheme("dark");
    try {
      browser.load(page);
      assertThat(browser.js("return getComputedStyle(document.body).backgroundColor"))
          .as("the body of %s in the dark scheme", page)
          .isEqualTo("rgb(18, 20, 23)");

      List<AxeRunner.Violation> violations = axe.run(browser.driver);

      assertThat(violations)
          .as(
              LinksTest.listing(
                  "axe-core violations on " + page + " at " + viewport + ", dark", violations))
          .isEmpty();
    } finally {
      browser.colorScheme("light");
    }
  }

  /** Charts keep the light panel they were drawn for in the dark scheme, so lights read alike. */
  @Test
  void chartsKeepALightPanelInTheDarkScheme() {
    browser.viewport(Viewport.DESKTOP);
    browser.colorScheme("dark");
    try {
      browser.load(BrowserPagesTest.REPORT + "progress.html");
      @SuppressWarnings("unchecked")
      List<String> panels =
          (List<String>)
              browser.js(
                  "return [...document.querySelectorAll('.chart-wrap')]"
                      + ".map(w => getComputedStyle(w).backgroundColor)");
      assertThat(panels).isNotEmpty().containsOnly("rgb(255, 255, 255)");
    } finally {
      browser.colorScheme("light");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theFirstTabStopIsAVisibleSkipLinkThatMovesFocusIntoMain(String page) {
    load(page);

    tab();
    WebElement skip = active();
    assertThat(skip.getAttribute("class")).as("first tab stop on %s", page).contains("skip-link");
    assertThat(skip.getAttribute("href")).endsWith("#main");
    // It slides into view when focused: wait until it is wholly inside the viewport.
    new WebDriverWait(browser.driver, Chromium.TIMEOUT)
        .until(d -> Boolean.TRUE.equals(browser.js(INSIDE_VIEWPORT, skip)));
    assertThat(skip.getText()).as("visible text of the skip link on %s", page).isNotBlank();
    assertThat(browser.driver.findElements(By.cssSelector("main#main"))).hasSize(1);

    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    assertThat(browser.driver.getCurrentUrl()).endsWith("#main");
    assertThat(browser.js("return document.querySelector(':target')?.id"))
        .as("target of the skip link on %s", page)
        .isEqualTo("main");
    boolean controlAfter =
        Boolean.TRUE.equals(
            browser.js(
                "const m = document.getElementById('main');"
                    + " return [...document.querySelectorAll('a[href], button, input, select,"
                    + " textarea, [tabindex]')].some(e => e.tabIndex >= 0 && (m.contains(e)"
                    + " || !!(m.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)))"));
    if (controlAfter) {
      tab();
      assertThat(
              browser.js(
                  "const a = document.activeElement, m = document.getElementById('main');"
                      + " return m.contains(a)"
                      + " || !!(m.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)"))
          .as("after the skip link, Tab moves into or past <main> on %s, not to the header", page)
          .isEqualTo(true);
    }
  }

  static final String INSIDE_VIEWPORT =
      "const r = arguments[0].getBoundingClientRect();"
          + " return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0"
          + " && r.bottom <= innerHeight && r.right <= innerWidth";

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void tabReachesEveryControlInOrderAndEachShowsAVisibleFocusIndicator(String page) {
    load(page);
    long count =
        (Long)
            browser.js(
                "const all = [...document.querySelectorAll('a[href], area[href], button,"
                    + " input:not([type=hidden]), select, textarea, summary, [tabindex]')]"
                    + ".filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0"
                    + " && getComputedStyle(e).visibility !== 'hidden');"
                    + " all.forEach((e, i) => e.dataset.tabStop = i); return all.length");
    assertThat(count).as("controls on %s", page).isGreaterThan(0);

    List<Integer> order = new ArrayList<>();
    List<String> noFocusIndicator = new ArrayList<>();
    for (int i = 0; i <= count + 1; i++) {
      tab();
      @SuppressWarnings("unchecked")
      Map<String, Object> state =
          (Map<String, Object>)
              browser.js(
                  "const e = document.activeElement, s = getComputedStyle(e);"
                      + " return {stop: e.dataset.tabStop ?? null,"
                      + " what: e.tagName.toLowerCase() + ' \"' + e.textContent.trim()"
                      + ".replace(/\\s+/g, ' ').slice(0, 50) + '\"',"
                      + " visible: e.matches(':focus-visible'),"
                      + " outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,"
                      + " shadow: s.boxShadow !== 'none'}");
      if (state.get("stop") == null) {
        break; // focus left the document's controls: the cycle is complete
      }
      int stop = Integer.parseInt((String) state.get("stop"));
      if (order.contains(stop)) {
        break;
      }
      order.add(stop);
      boolean indicated =
          Boolean.TRUE.equals(state.get("visible"))
              && (Boolean.TRUE.equals(state.get("outline"))
                  || Boolean.TRUE.equals(state.get("shadow")));
      if (!indicated) {
        noFocusIndicator.add(state.get("what").toString());
      }
    }

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      expected.add(i);
    }
    assertThat(order)
        .as("tab stops on %s, in the order of the document (indexes of its controls)", page)
        .isEqualTo(expected);
    assertThat(noFocusIndicator)
        .as(
            LinksTest.listing(
                "controls without a visible focus outline on " + page, noFocusIndicator))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyPageAndEveryLanguageChangeIsMarkedWithAValidLang(String page) {
    load(page);

    boolean english =
        page.startsWith("reports/social-inclusion/")
            || List.of("about.html", "method.html", "contact.html").contains(page);
    assertThat(browser.js("return document.documentElement.lang"))
        .as("lang of %s", page)
        .isEqualTo(english ? "en" : "da");
    // Site title and menu come in each page's language (twins, site.yaml per language): no part
    // of the header is in another language but the language switch, which says which it is.
    assertThat(
            browser.js(
                "return [...document.querySelectorAll('.site-title, .site-nav li, .lang-switch')]"
                    + ".map(e => e.lang || '-').join(' ')"))
        .as("lang of the header's parts of %s", page)
        .isEqualTo(
            page.equals("index.html")
                    || page.equals("404.html")
                    || page.startsWith("reports/groenne-job-") // the fictional project: Danish only
                    || page.startsWith("facets/")
                    || page.startsWith("table/")
                ? "- - - - -" // no twin, so no language switch
                : english ? "- da - - - -" : "- en - - - -");
    @SuppressWarnings("unchecked")
    List<String> bad =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('[lang]')].map(e => e.lang)"
                    + ".filter(l => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l))");
    assertThat(bad).as("malformed lang values on %s", page).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void headingsStartAtOneH1AndNeverSkipALevel(String page) {
    load(page);

    @SuppressWarnings("unchecked")
    List<List<Object>> headings =
        (List<List<Object>>)
            browser.js(
                "return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]"
                    + ".filter(h => !h.closest('[aria-hidden=true]')"
                    + " && getComputedStyle(h).display !== 'none')"
                    + ".map(h => [Number(h.getAttribute('aria-level') || h.tagName.substring(1)),"
                    + " h.textContent.trim().replace(/\\s+/g, ' ')])");
    List<String> problems = new ArrayList<>();
    long h1s = headings.stream().filter(h -> ((Long) h.get(0)) == 1).count();
    if (h1s != 1) {
      problems.add(h1s + " h1 headings, expected exactly one");
    }
    long previous = 0;
    for (List<Object> h : headings) {
      long level = (Long) h.get(0);
      if (level > previous + 1) {
        problems.add("h" + level + " \"" + h.get(1) + "\" follows h" + previous);
      }
      previous = level;
    }
    assertThat(problems).as(LinksTest.listing("heading problems on " + page, problems)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyTableHasANameAndHeaderCells(String page) {
    load(page);

    List<String> problems = new ArrayList<>();
    List<WebElement> tables = browser.driver.findElements(By.tagName("table"));
    for (int i = 0; i < tables.size(); i++) {
      WebElement table = tables.get(i);
      String label = "table " + (i + 1) + " (" + table.getAttribute("class") + ")";
      String name = table.getAccessibleName();
      if (name == null || name.isBlank()) {
        problems.add(label + " has no accessible name (caption or aria-labelledby)");
      }
      if (table.findElements(By.cssSelector("thead th")).isEmpty()) {
        problems.add(label + " has no column headers in <thead>");
      }
      for (WebElement th : table.findElements(By.cssSelector("tbody th, tfoot th"))) {
        if (!Set.of("row", "rowgroup").contains(th.getAttribute("scope"))) {
          problems.add(label + ": row header \"" + th.getText() + "\" without scope=row");
        }
      }
    }
    assertThat(problems).as(LinksTest.listing("table problems on " + page, problems)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void trafficLightsAreReadableWithoutColour(String page) {
    load(page);

    @SuppressWarnings("unchecked")
    List<List<String>> badges =
        (List<List<String>>)
            browser.js(
                "return [...document.querySelectorAll('.badge')].map(b => ["
                    + " [...b.classList].find(c => /^badge--(?!small)/.test(c)) || '',"
                    + " b.innerText.trim(),"
                    + " [...(b.querySelector('svg')?.children || [])].map(s => s.tagName"
                    + " + (s.getAttribute('fill') === 'none' ? '-outline' : '')).join('+')])");
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    Map<String, Set<String>> shapes = new LinkedHashMap<>();
    for (List<String> b : badges) {
      if (b.get(1).isEmpty()) {
        problems.add(b.get(0) + " shows no text label");
      }
      if (b.get(2).isEmpty()) {
        problems.add(b.get(0) + " \"" + b.get(1) + "\" has no shape");
      }
      labels.computeIfAbsent(b.get(0), k -> new TreeSet<>()).add(b.get(1));
      shapes.computeIfAbsent(b.get(0), k -> new TreeSet<>()).add(b.get(2));
    }
    for (String light : labels.keySet()) {
      for (String other : labels.keySet()) {
        if (!light.equals(other)
            && !java.util.Collections.disjoint(labels.get(light), labels.get(other))) {
          problems.add(light + " and " + other + " share a label");
        }
        if (!light.equals(other)
            && !java.util.Collections.disjoint(shapes.get(light), shapes.get(other))) {
          problems.add(light + " and " + other + " share a shape");
        }
      }
    }
    long lightsWithoutBadge =
        (Long)
            browser.js(
                "return [...document.querySelectorAll('[data-light]')]"
                    + ".filter(e => !e.querySelector('.badge')).length");
    if (lightsWithoutBadge > 0) {
      problems.add(lightsWithoutBadge + " [data-light] elements show no badge");
    }
    long attainmentWithoutWords =
        (Long)
            browser.js(
                "return [...document.querySelectorAll('td.attainment')]"
                    + ".filter(td => !td.querySelector('.visually-hidden, .attainment__outcome')"
                    + "?.textContent.trim()).length");
    if (attainmentWithoutWords > 0) {
      problems.add(attainmentWithoutWords + " coloured attainment cells say nothing in words");
    }
    assertThat(problems)
        .as(LinksTest.listing("lights that rely on colour on " + page + " " + labels, problems))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyChartOrImageHasATextAlternative(String page) {
    load(page);

    List<String> missing = new ArrayList<>();
    for (WebElement g :
        browser.driver.findElements(
            By.cssSelector(
                "main img, main canvas, main object, main [role=img],"
                    + " main svg:not([aria-hidden=true])"))) {
      if (!g.isDisplayed()) {
        continue; // a chart's other variant, display: none: not in the accessibility tree
      }
      String name = g.getAccessibleName();
      boolean decorative = "img".equals(g.getTagName()) && "".equals(g.getAttribute("alt"));
      if (!decorative && (name == null || name.isBlank())) {
        missing.add(
            g.getTagName()
                + " "
                + g.getAttribute("outerHTML")
                    .replaceAll("\\s+", " ")
                    .substring(0, Math.min(120, g.getAttribute("outerHTML").length())));
      }
    }
    assertThat(missing)
        .as(LinksTest.listing("graphics without a text alternative on " + page, missing))
        .isEmpty();
  }

  @Test
  void axeAndTheseChecksFailOnABrokenPage() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(
        root.resolve("index.html"),
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
            + "<h3>Skips two levels</h3><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
            + "<p style='color:#bbb;background:#fff'>faint text</p>"
            + "<svg viewBox='0 0 10 10'><rect width='10' height='10'/></svg></body></html>",
        StandardCharsets.UTF_8);
    try (SiteServer server = new SiteServer(root)) {
      browser.driver.get(server.url("index.html").toString());
      browser.waitUntilLoaded();

      List<String> rules = axe.run(browser.driver).stream().map(AxeRunner.Violation::rule).toList();

      assertThat(rules).contains("html-has-lang", "image-alt", "color-contrast");
    }
  }

  private void tab() {
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
  }

  private WebElement active() {
    return browser.driver.switchTo().activeElement();
  }
}
