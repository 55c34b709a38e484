package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.browser.BrowserSite.Viewport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the example site in headless Chromium: loads cleanly, its navigation leads where it
 * says, and it is photographed at desktop and mobile widths into target/screenshots/.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPagesTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String REPORT = "reports/social-inklusion/";

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageLoadsWithoutConsoleErrorsOrFailedRequests(String page) {
    browser.viewport(Viewport.DESKTOP);
    browser.consoleErrors();
    browser.server.drainHits();

    browser.load(page);

    List<String> console = browser.consoleErrors();
    List<SiteServer.Hit> failed =
        browser.server.drainHits().stream().filter(h -> h.status() >= 400).toList();
    @SuppressWarnings("unchecked")
    List<String> foreign =
        (List<String>)
            browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith(location.origin + '/'))");
    assertThat(console).as(LinksTest.listing("console errors on " + page, console)).isEmpty();
    assertThat(failed).as(LinksTest.listing("failed requests from " + page, failed)).isEmpty();
    assertThat(foreign)
        .as(LinksTest.listing("requests off the site from " + page, foreign))
        .isEmpty();
    assertThat(browser.js("return document.styleSheets[0].cssRules.length"))
        .as("the stylesheet of %s is loaded and applied", page)
        .isNotEqualTo(0L);
    assertThat(browser.driver.getTitle()).as("title of %s", page).isNotBlank();
    // Without one, Chromium asks for /favicon.ico once per visit, whichever page comes first; a
    // static host answers 404, a console error this per-page check would only catch by luck.
    assertThat(browser.js("return document.querySelector('link[rel~=icon]')?.href ?? null"))
        .as("icon declared by %s", page)
        .isNotNull();
  }

  @Test
  void tableOfContentsLinksLeadToTheChaptersAndSectionsTheyName() {
    browser.viewport(Viewport.DESKTOP);
    browser.load(REPORT + "index.html");
    List<String[]> entries = new ArrayList<>();
    for (WebElement a : browser.driver.findElements(By.cssSelector("nav.toc a"))) {
      entries.add(new String[] {a.getAttribute("href"), a.getText().trim()});
    }
    assertThat(entries).as("table of contents entries").hasSizeGreaterThan(8);

    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      browser.load(REPORT + "index.html");
      WebElement link = browser.driver.findElements(By.cssSelector("nav.toc a")).get(i);
      String href = entries.get(i)[0];
      String text = entries.get(i)[1];
      link.click();
      new WebDriverWait(browser.driver, Chromium.TIMEOUT).until(ExpectedConditions.urlToBe(href));
      browser.waitUntilLoaded();
      String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
      String target =
          fragment == null
              ? browser.driver.findElement(By.tagName("h1")).getText()
              : (String)
                  browser.js(
                      "const e = document.getElementById(arguments[0]);"
                          + " return e ? e.textContent : null",
                      fragment);
      if (target == null || !normalize(target).endsWith(normalize(stripNumber(text)))) {
        wrong.add(text + " -> " + href + " shows \"" + target + "\"");
      }
    }
    assertThat(wrong)
        .as(LinksTest.listing("table of contents entries that mislead", wrong))
        .isEmpty();
  }

  @Test
  void nextLinksWalkEveryChapterInTheSidebarsOrderAndPreviousLinksWalkBack() {
    browser.viewport(Viewport.DESKTOP);
    browser.load(REPORT + "index.html");
    List<String> sidebar = new ArrayList<>();
    for (WebElement a :
        browser.driver.findElements(By.cssSelector(".report-nav .chapter-list a"))) {
      sidebar.add(
          browser.server.base().relativize(java.net.URI.create(a.getAttribute("href"))).toString());
    }
    assertThat(sidebar).as("chapters in the sidebar").hasSize(8);

    List<String> forward = new ArrayList<>(List.of(browser.currentPage()));
    List<String> mislabelled = new ArrayList<>();
    while (follow("a.pager__next", mislabelled)) {
      forward.add(browser.currentPage());
      assertThat(forward.size()).as("next links loop").isLessThan(50);
    }
    List<String> backward = new ArrayList<>(List.of(browser.currentPage()));
    while (follow("a.pager__prev", mislabelled)) {
      backward.add(browser.currentPage());
      assertThat(backward.size()).as("previous links loop").isLessThan(50);
    }

    assertThat(forward).as("pages reached by following Næste").isEqualTo(sidebar);
    List<String> reversed = new ArrayList<>(sidebar);
    java.util.Collections.reverse(reversed);
    assertThat(backward).as("pages reached by following Forrige").isEqualTo(reversed);
    assertThat(mislabelled)
        .as(LinksTest.listing("pager links that mislead", mislabelled))
        .isEmpty();
  }

  /** Clicks the link if the page has it, checks the page reached has the title it named. */
  private boolean follow(String selector, List<String> mislabelled) {
    List<WebElement> links = browser.driver.findElements(By.cssSelector(selector));
    if (links.isEmpty()) {
      return false;
    }
    String from = browser.currentPage();
    String label = links.get(0).getText();
    String named = label.substring(label.indexOf('\n') + 1).trim();
    String href = links.get(0).getAttribute("href");
    links.get(0).click();
    new WebDriverWait(browser.driver, Chromium.TIMEOUT).until(ExpectedConditions.urlToBe(href));
    browser.waitUntilLoaded();
    String h1 = browser.driver.findElement(By.tagName("h1")).getText();
    // textContent, not getText(): WebDriver counts everything in a closed <details> as hidden,
    // also where the stylesheet unfolds it on wide screens (PhoneLayoutTest measures that).
    String chapter =
        browser.driver.findElements(By.cssSelector(".chapter-list a[aria-current=page]")).stream()
            .map(a -> a.getAttribute("textContent"))
            .findFirst()
            .orElse("");
    if (!normalize(chapter).equals(normalize(named))
        && !normalize(h1).endsWith(normalize(stripNumber(named)))) {
      mislabelled.add(from + ": \"" + named + "\" led to a page titled \"" + h1 + "\"");
    }
    return true;
  }

  static List<Object[]> screenshots() {
    List<Object[]> out = new ArrayList<>();
    for (Map.Entry<String, String> e :
        List.of(
            Map.entry("site-index", "index.html"),
            Map.entry("report-landing", REPORT + "index.html"),
            Map.entry("chapter-facts", REPORT + "facts.html"),
            Map.entry("chapter-5-progress", REPORT + "progress.html"),
            Map.entry("chapter-6-effects", REPORT + "effects.html"),
            Map.entry("bilag-a", REPORT + "bilag-a.html"))) {
      for (Viewport v : Viewport.values()) {
        out.add(new Object[] {e.getKey(), e.getValue(), v});
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} at {2}")
  @MethodSource("screenshots")
  void screenshotFitsTheViewportWidth(String name, String page, Viewport viewport)
      throws IOException {
    browser.viewport(viewport);
    browser.load(page);

    assertNoSidewaysScroll(page, viewport);
    byte[] png = browser.fullPageScreenshot();
    Files.createDirectories(SCREENSHOTS);
    Path file =
        SCREENSHOTS.resolve(
            name + "-" + viewport.name().toLowerCase(java.util.Locale.ROOT) + ".png");
    Files.write(file, png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

    assertThat(image.getWidth()).as("screenshot width of %s", file).isEqualTo(viewport.width);
    assertThat(image.getHeight())
        .as("screenshot height of %s", file)
        .isGreaterThan(viewport.height / 2);
  }

  /** Every page on a 390 px phone: no console error, and nothing wider than the screen. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageFitsAPhoneWithoutConsoleErrors(String page) {
    browser.viewport(Viewport.MOBILE);
    browser.consoleErrors();

    browser.load(page);

    List<String> console = browser.consoleErrors();
    assertThat(console)
        .as(LinksTest.listing("console errors on " + page + " at 390 px", console))
        .isEmpty();
    assertNoSidewaysScroll(page, Viewport.MOBILE);
  }

  /** The page is no wider than the viewport; wide tables scroll inside their own box instead. */
  private void assertNoSidewaysScroll(String page, Viewport viewport) {
    long overflow =
        (Long)
            browser.js(
                "return document.documentElement.scrollWidth - arguments[0]", viewport.width);
    @SuppressWarnings("unchecked")
    List<String> tooWide =
        (List<String>)
            browser.js(
                "const w = arguments[0]; return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > w + 0.5"
                    + " && (!e.parentElement.closest('.table-wrap')"
                    + " || ['absolute', 'fixed'].includes(getComputedStyle(e).position)))"
                    + ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                    + " + ': right edge at ' + Math.round(e.getBoundingClientRect().right) + ' px')",
                viewport.width);
    assertThat(overflow)
        .as(
            LinksTest.listing(
                page
                    + " scrolls sideways at "
                    + viewport.width
                    + " px ("
                    + overflow
                    + " px too wide); elements past the right edge",
                tooWide))
        .isLessThanOrEqualTo(0);
  }

  static String stripNumber(String s) {
    return s.replaceFirst("^[0-9A-Z]{1,2}\\s+", "");
  }

  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
