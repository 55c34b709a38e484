package dk.evalsite.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that needs Debian's Chromium (and, with {@code axe = true}, axe-core). Without
 * them the class is reported as skipped, with the reason printed; with {@code
 * -Dbrowser.required=true} (.ci/run) it runs anyway and fails in its set-up, naming what is
 * missing. Tagged {@code browser}: {@code mvn verify -DexcludedGroups=browser} leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserTest.Condition.class)
@interface BrowserTest {
  boolean axe() default false;

  /** Disables the class, saying why, when what it needs is missing and not required. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isPresent() || Boolean.getBoolean("browser.required")) {
        return ConditionEvaluationResult.enabled("decided for the class");
      }
      BrowserTest marker = context.getRequiredTestClass().getAnnotation(BrowserTest.class);
      boolean axe = marker != null && marker.axe();
      String missing = Chromium.missing();
      if (missing == null && axe) {
        missing = AxeRunner.missing();
      }
      if (missing == null) {
        return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
      }
      String reason = "browser tests skipped: " + missing;
      System.err.println(
          "SKIPPED " + context.getRequiredTestClass().getSimpleName() + ": " + reason);
      return ConditionEvaluationResult.disabled(reason);
    }
  }
}
