package dk.evalsite.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site, built, served on loopback and open in headless Chromium: what every browser
 * test class starts with. Closing it stops the browser and the server.
 */
final class BrowserSite implements AutoCloseable {
  /** A viewport the tests look at the site through. */
  enum Viewport {
    DESKTOP(1280, 900, false),
    /** A common phone today (390 x 844). */
    MOBILE(390, 844, true),
    /** The narrowest phone still in use (320 px, as WCAG's reflow criterion asks). */
    SMALL(320, 568, true);

    final int width;
    final int height;
    final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
      this.width = width;
      this.height = height;
      this.mobile = mobile;
    }
  }

  final BuiltSite site;
  final SiteServer server;
  final ChromeDriver driver;

  private BrowserSite(BuiltSite site, SiteServer server, ChromeDriver driver) {
    this.site = site;
    this.server = server;
    this.driver = driver;
  }

  /** Skips when Chromium is missing; otherwise builds, serves and opens the example site. */
  static BrowserSite open(Path tmp) throws IOException {
    Chromium.assumeAvailable();
    BuiltSite site = BuiltSite.build(tmp.resolve("site"));
    SiteServer server = new SiteServer(site.root());
    try {
      BrowserSite browser = new BrowserSite(site, server, Chromium.start(tmp.resolve("chromium")));
      browser.media("");
      return browser;
    } catch (RuntimeException | IOException e) {
      server.close();
      throw e;
    }
  }

  /** Loads a page (relative to the site root) and waits until it has loaded completely. */
  /**
   * Every distinct page of the site ({@link BuiltSite#distinctPages()}) at every width of {@link
   * Viewport}: arguments of a parameterized test.
   */
  List<Object[]> pagesAtEachWidth() {
    List<Object[]> out = new java.util.ArrayList<>();
    for (String page : site.distinctPages()) {
      for (Viewport v : Viewport.values()) {
        out.add(new Object[] {page, v});
      }
    }
    return out;
  }

  void load(String page) {
    driver.get(server.url(page).toString());
    waitUntilLoaded();
  }

  void waitUntilLoaded() {
    new WebDriverWait(driver, Chromium.TIMEOUT)
        .until(d -> "complete".equals(js("return document.readyState")));
  }

  String currentPage() {
    URI current = URI.create(driver.getCurrentUrl());
    return server.base().relativize(current).toString();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Console messages at level SEVERE since the last call (errors and failed loads). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Sets the CSS viewport exactly (and the mobile flag), independent of the window. */
  void viewport(Viewport v) {
    viewport(v.width, v.height, v.mobile);
  }

  /** Sets the CSS viewport to {@code width} x {@code height} px, independent of the window. */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", width,
            "height", height,
            "deviceScaleFactor", 1,
            "mobile", mobile));
  }

  /**
   * Emulates a CSS media type ("print", "screen", or "" for none), always with reduced motion: the
   * theme scrolls smoothly otherwise, and a click would land while the page is still moving.
   */
  void media(String type) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "media",
            type,
            "features",
            List.of(
                Map.of("name", "prefers-reduced-motion", "value", "reduce"),
                Map.of("name", "prefers-color-scheme", "value", scheme))));
    // matchMedia answers at once, but the stylesheet's @media rules switch at the next rendering
    // update: measured before that, a page still has its screen layout under "print".
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(null)))");
  }

  /** The colour scheme the reader asks for: "light" (the default) or "dark". */
  private String scheme = "light";

  /** Emulates a reader who asks for the {@code scheme} colour scheme, on screen. */
  void colorScheme(String scheme) {
    this.scheme = scheme;
    media("screen");
  }

  /** A PNG of the whole page, not just the viewport (scroll regions show what they show). */
  byte[] fullPageScreenshot() {
    long width = (Long) js("return document.documentElement.scrollWidth");
    long height = (Long) js("return document.documentElement.scrollHeight");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      server.close();
    }
  }
}
