package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.browser.BrowserSite.Viewport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * What a reader does beyond reading a page, in Chromium on the served example site: switches a
 * report to its translation and back, and mistypes an address and finds the way back from the 404
 * page, on a phone and on a desktop.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderJourneysTest {
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

  @Test
  void theLanguageSwitchLeadsToTheSameChapterInTheOtherLanguageAndBack() {
    for (Viewport viewport : new Viewport[] {Viewport.SMALL, Viewport.DESKTOP}) {
      browser.viewport(viewport);
      browser.load("reports/social-inklusion/status.html");
      browser.driver.findElement(By.cssSelector("a.lang-switch")).click();
      browser.waitUntilLoaded();

      assertThat(browser.currentPage()).isEqualTo("reports/social-inclusion/status.html");
      assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
      assertThat(browser.js("return document.querySelector('h1').textContent"))
          .asString()
          .contains("Overall status");

      browser.driver.findElement(By.cssSelector("a.lang-switch")).click();
      browser.waitUntilLoaded();
      assertThat(browser.currentPage()).isEqualTo("reports/social-inklusion/status.html");
      assertThat(browser.js("return document.documentElement.lang")).isEqualTo("da");
    }
  }

  @Test
  void aMistypedAddressShowsTheStyled404PageWhoseLinksLeadBack() {
    for (Viewport viewport : new Viewport[] {Viewport.SMALL, Viewport.DESKTOP}) {
      browser.viewport(viewport);
      browser.server.drainHits();
      browser.load("reports/social-inklusion/kapitel-99.html");

      assertThat(browser.server.drainHits())
          .anyMatch(h -> h.path().endsWith("kapitel-99.html") && h.status() == 404);
      assertThat(browser.js("return document.querySelector('h1').textContent"))
          .isEqualTo("Siden findes ikke");
      assertThat(
              browser.js(
                  "return getComputedStyle(document.querySelector('.site-header'))"
                      + ".backgroundColor"))
          .as("the stylesheet loaded from the site root, two folders up")
          .isEqualTo("rgb(20, 54, 93)");
      browser.driver.findElement(By.linkText("Gå til forsiden")).click();
      browser.waitUntilLoaded();
      assertThat(browser.currentPage()).isEqualTo("index.html");
    }
  }
}
