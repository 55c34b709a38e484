package dk.evalsite.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from npm, installed by the build into target/browser-npm) in the page open in the
 * browser, with the WCAG 2.0 and 2.1 level A and AA rules.
 */
final class AxeRunner {
  static final List<String> WCAG21_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** One failing rule on one element. */
  record Violation(String rule, String impact, String target, String help, String summary) {
    boolean seriousOrCritical() {
      return impact.equals("serious") || impact.equals("critical");
    }

    @Override
    public String toString() {
      return rule + " [" + impact + "] " + target + ": " + help + "\n      " + summary;
    }
  }

  private final String source;

  private AxeRunner(String source) {
    this.source = source;
  }

  static Path script() {
    return Path.of(System.getProperty("browser.npm", "target/browser-npm"))
        .resolve("node_modules/axe-core/axe.min.js");
  }

  /** Why axe-core cannot be loaded, with how to fix it; null when it can. */
  static String missing() {
    return Files.isRegularFile(script())
        ? null
        : "axe-core not found at "
            + script()
            + " (the build installs it with npm from src/test/browser/package-lock.json;"
            + " install Node.js and npm and run mvn again)";
  }

  /** Skips (or fails under browser.required) when the build could not install axe-core. */
  static AxeRunner load() throws IOException {
    Chromium.require(missing());
    return new AxeRunner(Files.readString(script(), StandardCharsets.UTF_8));
  }

  String version(WebDriver driver) {
    inject(driver);
    return (String) ((JavascriptExecutor) driver).executeScript("return axe.version");
  }

  /** Every violation of the WCAG 2.1 A and AA rules on the page now open. */
  List<Violation> run(WebDriver driver) {
    inject(driver);
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                    + " resultTypes: ['violations']})"
                    + ".then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({"
                    + "  rule: v.id, impact: n.impact || v.impact || 'unknown',"
                    + "  target: n.target.join(' '), help: v.help,"
                    + "  summary: (n.failureSummary || '').replace(/\\s+/g, ' ')})))))"
                    + ".catch(e => done('axe failed: ' + e));",
                WCAG21_AA_TAGS);
    if (result instanceof String error) {
      throw new IllegalStateException(error);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) result;
    return rows.stream()
        .map(
            r ->
                new Violation(
                    (String) r.get("rule"),
                    (String) r.get("impact"),
                    (String) r.get("target"),
                    (String) r.get("help"),
                    (String) r.get("summary")))
        .toList();
  }

  private void inject(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof axe === 'object'"))) {
      js.executeScript(source);
    }
  }
}
