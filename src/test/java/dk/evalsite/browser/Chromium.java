package dk.evalsite.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver, never a downloaded browser or driver.
 * When either is missing the browser tests are skipped with the reason printed, unless {@code
 * -Dbrowser.required=true} (set by .ci/run), which turns the skip into a failure.
 */
final class Chromium {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Chromium() {}

  static Path binary() {
    return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  }

  static Path driver() {
    return Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  }

  /** Why the browser tests cannot run here, with how to fix it; null when they can. */
  static String missing() {
    String fix =
        " (install Debian's chromium and chromium-driver: apt-get install -y chromium"
            + " chromium-driver; or pass -Dchromium.binary=... -Dchromedriver.binary=...)";
    if (!Files.isExecutable(binary())) {
      return "Chromium not found at " + binary() + fix;
    }
    if (!Files.isExecutable(driver())) {
      return "chromedriver not found at " + driver() + fix;
    }
    return null;
  }

  /** Skips (or, when browser.required, fails) the calling test if Chromium is missing. */
  static void assumeAvailable() {
    require(missing());
  }

  /** Skips or fails with {@code why} when it is not null: the one place a browser test skips. */
  static void require(String missing) {
    if (missing == null) {
      return;
    }
    String message = "browser tests: " + missing;
    if (Boolean.getBoolean("browser.required")) {
      Assertions.fail(message + "; browser.required=true forbids skipping them");
    }
    System.err.println("SKIPPED " + message);
    Assumptions.abort(message);
  }

  /**
   * Starts headless Chromium with its own empty profile, HOME and XDG folders under {@code tmp},
   * console messages collected, every wait bounded.
   */
  static ChromeDriver start(Path tmp) throws IOException {
    return start(tmp, List.of());
  }

  /** As {@link #start(Path)}, with more Chromium flags (a benchmark's). */
  static ChromeDriver start(Path tmp, List<String> flags) throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    Map<String, String> env =
        Map.of(
            "HOME", home.toString(),
            "XDG_CONFIG_HOME", home.resolve(".config").toString(),
            "XDG_CACHE_HOME", home.resolve(".cache").toString(),
            "XDG_DATA_HOME", home.resolve(".local/share").toString(),
            "SE_OFFLINE", "true");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver().toFile())
            .usingAnyFreePort()
            .withEnvironment(env)
            .withLogFile(tmp.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary().toFile());
    options.addArguments(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--lang=da",
            "--window-size=1280,900",
            "--user-data-dir=" + profile));
    options.addArguments(flags);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
    options.setPageLoadTimeout(TIMEOUT);
    options.setScriptTimeout(TIMEOUT);
    return new ChromeDriver(service, options);
  }
}
