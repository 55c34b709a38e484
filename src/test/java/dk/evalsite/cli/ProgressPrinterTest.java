package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  @Test
  void printsPlainQuarterLinesWithoutControlCodesWhenNotATerminal() {
    StringWriter out = new StringWriter();
    ProgressPrinter progress = new ProgressPrinter(new PrintWriter(out), false);
    for (int i = 1; i <= 200; i++) {
      progress.step("rendering reports", i, 200);
    }
    assertThat(out.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "rendering reports: 1/200",
                "rendering reports: 50/200",
                "rendering reports: 100/200",
                "rendering reports: 150/200",
                "rendering reports: 200/200",
                ""));
    assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\r");
  }

  @Test
  void rewritesOneLineOnATerminalAndClearsItAtTheEnd() {
    StringWriter out = new StringWriter();
    ProgressPrinter progress = new ProgressPrinter(new PrintWriter(out), true);
    for (int i = 1; i <= 100; i++) {
      progress.step("loading reports", i, 100);
    }
    assertThat(out.toString())
        .startsWith("\r\u001b[Kloading reports 1/100")
        .endsWith("loading reports 100/100\r\u001b[K");
    assertThat(out.toString()).doesNotContain("\n");
  }

  @Test
  void staysSilentOnSmallBuilds() {
    StringWriter out = new StringWriter();
    ProgressPrinter progress = new ProgressPrinter(new PrintWriter(out), true);
    for (int i = 1; i <= 10; i++) {
      progress.step("rendering reports", i, 10);
    }
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void countsPagesOnlyFromAFewHundred() {
    StringWriter out = new StringWriter();
    ProgressPrinter progress = new ProgressPrinter(new PrintWriter(out), false);
    for (int i = 1; i <= 100; i++) {
      progress.step("loading pages", i, 100);
    }
    assertThat(out.toString()).isEmpty();
    for (int i = 1; i <= 1000; i++) {
      progress.step("rendering pages", i, 1000);
    }
    assertThat(out.toString().lines())
        .containsExactly(
            "rendering pages: 1/1000",
            "rendering pages: 250/1000",
            "rendering pages: 500/1000",
            "rendering pages: 750/1000",
            "rendering pages: 1000/1000");
  }
}
