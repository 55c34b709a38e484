package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.serve.PreviewServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live reload of {@code evalsite serve}, end to end: the preview server runs in-process on a
 * copy of content/ (and of the theme, so site.yaml's relative theme path holds), a chapter is open
 * in headless Chromium, and the files on disk are edited while the test only watches the open page.
 * Published builds must carry none of it.
 */
class LiveReloadTest {
  static final String LIVE_PATH = "/__evalsite/";

  @Test
  void aPublishedBuildCarriesNoLiveReloadScript(@TempDir Path tmp) throws IOException {
    BuiltSite site = BuiltSite.build(tmp.resolve("site"));

    List<String> files;
    try (Stream<Path> walk = Files.walk(site.root())) {
      files =
          walk.filter(Files::isRegularFile).map(p -> site.root().relativize(p).toString()).toList();
    }
    List<String> carrying = new ArrayList<>();
    for (String file : files) {
      String text =
          new String(Files.readAllBytes(site.root().resolve(file)), StandardCharsets.ISO_8859_1);
      if (text.contains(LIVE_PATH)
          || text.contains("EventSource")
          || text.contains("evalsite-overlay")) {
        carrying.add(file);
      }
    }

    assertThat(site.pages()).as("pages of the published build").hasSizeGreaterThan(10);
    assertThat(carrying)
        .as(LinksTest.listing("published files that mention the preview's " + LIVE_PATH, carrying))
        .isEmpty();
  }

  /** A chapter open in Chromium while its source files change under the preview server. */
  @Nested
  @BrowserTest
  class LiveReloadInChromium {
    static final String CHAPTER = "reports/social-inklusion/progress.html";
    static final String SOURCE = "content/reports/social-inklusion/progress.md";
    static final String REPORT = "content/reports/social-inklusion/report.yaml";

    /** Bounded: a rebuild of the example site takes well under a second. */
    static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * Keeps every EventSource the page opens reachable from the test, so it can wait until the page
     * listens before it edits a file (an edit before that would reload nothing).
     */
    static final String RECORD_EVENT_SOURCES =
        "(() => { const Original = window.EventSource; window.__evalsiteSources = [];"
            + " window.EventSource = class extends Original {"
            + " constructor(...args) { super(...args); window.__evalsiteSources.push(this); } };"
            + " })();";

    Path tmp;
    PreviewServer server;
    ChromeDriver driver;
    String base;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
      tmp = dir;
      copy(Path.of("content"), tmp.resolve("content"));
      copy(Path.of("themes"), tmp.resolve("themes"));
      // As `evalsite serve content` run in tmp does it: watch the content and the theme, drafts
      // shown, positions relative to the working folder.
      server =
          new PreviewServer(
              tmp.resolve("content"),
              line -> {
                synchronized (log) {
                  log.add(line);
                }
              },
              true);
      InetSocketAddress address =
          server.start(
              "127.0.0.1", 0, List.of(tmp.resolve("content"), tmp.resolve("themes/default")), tmp);
      base = "http://127.0.0.1:" + address.getPort() + "/";
      driver = Chromium.start(tmp.resolve("chromium"));
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_EVENT_SOURCES));
    }

    @AfterEach
    void stop() throws IOException {
      try {
        if (driver != null) {
          driver.quit();
        }
      } finally {
        server.close();
      }
    }

    @Test
    void editingAChapterUpdatesTheOpenPageAndABrokenReportShowsTheOverlayUntilFixed()
        throws IOException {
      driver.get(base + CHAPTER);
      String url = driver.getCurrentUrl();
      assertThat(driver.findElements(By.cssSelector("script[src='/__evalsite/live.js']")))
          .as("live-reload script in the preview of %s", CHAPTER)
          .hasSize(1);
      assertThat(overlays()).as("overlay before any edit").isEmpty();
      awaitListening("the page as first opened");

      // 1. Edit the chapter's Markdown: the open page reloads itself and shows the new text.
      String marker = "Live-reload-markør " + UUID.randomUUID();
      Path source = tmp.resolve(SOURCE);
      Files.writeString(source, Files.readString(source) + "\n" + marker + ".\n");
      await(
          "the open page to show \"" + marker + "\" after " + SOURCE + " was edited",
          () -> mainText().contains(marker));
      assertThat(driver.getCurrentUrl()).as("the page reloaded in place").isEqualTo(url);
      assertThat(js("return window.__evalsiteProbe === undefined"))
          .as("a fresh document (the old one was marked before the edit)")
          .isEqualTo(true);
      awaitListening("the page after the edit");

      // 2. Break report.yaml: the overlay names the file, line and column over the last good page.
      Path report = tmp.resolve(REPORT);
      String good = Files.readString(report);
      assertThat(good).contains("\nkind: final ");
      Files.writeString(report, good.replace("\nkind: final ", "\nkind: finale"));
      await(
          "the error overlay to appear after report.yaml was broken", () -> !overlays().isEmpty());
      WebElement overlay = overlays().get(0);
      assertThat(overlay.isDisplayed()).as("overlay shown").isTrue();
      assertThat(overlay.getText())
          .as("overlay text")
          .contains("content/reports/social-inklusion/report.yaml:6:7")
          .contains("error[E-DATA-007]")
          .contains("finale")
          .contains("Did you mean `final`?");
      assertThat(
              js(
                  "const r = arguments[0].getBoundingClientRect();"
                      + " return r.left <= 0 && r.top <= 0 && r.right >= innerWidth"
                      + " && r.bottom >= innerHeight"
                      + " && document.elementFromPoint(innerWidth / 2, innerHeight / 2)"
                      + ".closest('#evalsite-overlay') !== null",
                  overlay))
          .as("the overlay covers the viewport and is on top")
          .isEqualTo(true);
      assertThat(mainText()).as("the last good page stays underneath").contains(marker);
      awaitListening("the page with the overlay");

      // 3. Fix it: the overlay goes away by itself.
      Files.writeString(report, good);
      await(
          "the error overlay to disappear after report.yaml was fixed", () -> overlays().isEmpty());
      assertThat(mainText()).contains(marker);
      assertThat(driver.getCurrentUrl()).isEqualTo(url);

      List<String> console = consoleErrors();
      assertThat(console)
          .as(LinksTest.listing("console errors during the live reload", console))
          .isEmpty();
    }

    private List<WebElement> overlays() {
      return driver.findElements(By.id("evalsite-overlay"));
    }

    private String mainText() {
      return (String) js("const m = document.querySelector('main'); return m ? m.textContent : ''");
    }

    /**
     * Waits until the page has loaded and its EventSource is open, then marks the document so the
     * test can tell a reload from the same page.
     */
    private void awaitListening(String what) {
      await(
          what + " to connect to the live-reload events",
          () ->
              Boolean.TRUE.equals(
                  js(
                      "return document.readyState === 'complete'"
                          + " && (window.__evalsiteSources || []).some(s => s.readyState === 1)")));
      js("window.__evalsiteProbe = true");
    }

    private void await(String what, java.util.function.BooleanSupplier condition) {
      try {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
            .withMessage(
                () -> "waited " + WAIT.toSeconds() + " s for " + what + "; server: " + log())
            .until(d -> condition.getAsBoolean());
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }

    private List<String> log() {
      synchronized (log) {
        return List.copyOf(log);
      }
    }

    private Object js(String script, Object... args) {
      return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private List<String> consoleErrors() {
      return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
          .map(LogEntry::getMessage)
          .toList();
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.sorted(Comparator.naturalOrder())
          .forEach(
              p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                  if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                  } else {
                    Files.copy(p, target);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
