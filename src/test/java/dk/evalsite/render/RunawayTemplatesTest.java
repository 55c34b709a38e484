package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that recurses or loops without end ends as an E-THEME-003 diagnostic naming the
 * template and the line it had reached, never a stack trace or an out-of-memory.
 */
class RunawayTemplatesTest {
  @TempDir Path tmp;
  private final Diagnostics diagnostics = new Diagnostics();

  /** A view with no fields: these templates read none. */
  record Nothing() {}

  private static final Nothing ROOT = new Nothing();

  private PageRenderer renderer(String template) throws IOException {
    Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(tmp.resolve("templates/t.ftlh"), template);
    Theme theme = Theme.open(tmp, List.of("da"), diagnostics).orElseThrow();
    return new PageRenderer(theme, diagnostics);
  }

  private Diagnostic onlyError() {
    assertThat(diagnostics.all()).hasSize(1);
    return diagnostics.all().get(0);
  }

  @Test
  void aMacroThatCallsItselfWithoutEndIsATemplateError() throws IOException {
    Optional<String> page =
        renderer("<#macro again n>${n}<@again n + 1/></#macro>\n<@again 0/>")
            .render("t.ftlh", ROOT);
    assertThat(page).isEmpty();
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-THEME-003");
    assertThat(d.pos().file()).isEqualTo(tmp.resolve("templates/t.ftlh"));
    assertThat(d.pos().line()).isEqualTo(1);
    assertThat(d.message()).contains("nest more than 600 elements deep");
  }

  /**
   * Stopped by the depth limit, with its line, before Java's stack runs out, even on a thread with
   * half the usual stack (page rendering runs on pool threads).
   */
  @Test
  void aFunctionThatCallsItselfWithoutEndStopsAtItsLineOnASmallStack() throws Exception {
    PageRenderer renderer =
        renderer("<p>x</p>\n<#function f n>\n<#return f(n + 1)>\n</#function>\n${f(0)}");
    Thread thread =
        new Thread(null, () -> renderer.render("t.ftlh", ROOT), "small-stack", 512 * 1024);
    thread.start();
    thread.join();

    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-THEME-003");
    assertThat(d.pos().line()).isBetween(2, 3);
    assertThat(d.message()).contains("nest more than");
  }

  @Test
  void aLoopThatWritesWithoutEndStopsAtTheOutputBudgetWithItsLine() {
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Optional<String> page =
              renderer("<p>start</p>\n<#list 1..2000000000 as i>${i} </#list>\n")
                  .render("t.ftlh", ROOT, 1024 * 1024, 60_000);
          assertThat(page).isEmpty();
        });
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-THEME-003");
    assertThat(d.pos().file()).isEqualTo(tmp.resolve("templates/t.ftlh"));
    assertThat(d.pos().line()).isEqualTo(2);
    assertThat(d.message()).contains("grew past 1 MiB");
  }

  @Test
  void aLoopThatWritesPastTheTimeBudgetStopsWithItsLine() throws IOException {
    Optional<String> page =
        renderer("<p>start</p>\n\n<#list 1..2000000000 as i>${i} </#list>\n")
            .render("t.ftlh", ROOT, Integer.MAX_VALUE, 200);
    assertThat(page).isEmpty();
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-THEME-003");
    assertThat(d.pos().line()).isEqualTo(3);
    assertThat(d.message()).contains("to render");
  }

  @Test
  void aLoopThatWritesNothingIsStoppedAtTheTimeBudget() {
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Optional<String> page =
              renderer("<#assign x = 0>\n<#list 1.. as i><#assign x = x + 1></#list>\n")
                  .render("t.ftlh", ROOT, Integer.MAX_VALUE, 300);
          assertThat(page).isEmpty();
        });
    Diagnostic d = onlyError();
    assertThat(d.code()).isEqualTo("E-THEME-003");
    assertThat(d.pos().file()).isEqualTo(tmp.resolve("templates/t.ftlh"));
    assertThat(d.pos().line()).isEqualTo(2);
    assertThat(d.message()).contains("more than 300 ms to render");
  }

  @Test
  void aSilentLoopInAnImportedTemplateIsStoppedToo() throws IOException {
    Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(
        tmp.resolve("templates/lib.ftlh"),
        "<#macro spin><#list 1.. as i><#assign y = i></#list></#macro>");
    Optional<String> page =
        renderer("<#import \"lib.ftlh\" as lib>\n<@lib.spin/>")
            .render("t.ftlh", ROOT, Integer.MAX_VALUE, 300);
    assertThat(page).isEmpty();
    assertThat(onlyError().code()).isEqualTo("E-THEME-003");
    // This test renders on its own thread: the next page it renders must not start interrupted.
    assertThat(Thread.currentThread().isInterrupted())
        .as("the alarm's interrupt is taken back")
        .isFalse();
  }

  @Test
  void anOrdinaryPageIsWellWithinTheBudget() throws IOException {
    assertThat(renderer("<#list 1..1000 as i>${i} </#list>").render("t.ftlh", ROOT)).isPresent();
    assertThat(diagnostics.all()).isEmpty();
  }
}
