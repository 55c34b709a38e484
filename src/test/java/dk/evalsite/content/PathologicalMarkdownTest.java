package dk.evalsite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pathological inputs of the CommonMark reference implementations (cmark's and commonmark.js's
 * pathological tests), at the Markdown size limit, through {@link MarkdownRenderer}: each is
 * refused with E-MD-006 before flexmark sees it, and the same constructs just under every limit,
 * filled up to the size limit, render. The timeout is generous, not a benchmark: without the limits
 * several of these take minutes.
 */
class PathologicalMarkdownTest {
  static final int SIZE = (int) MarkdownReader.MAX_BYTES - 4096;
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Repeats {@code piece} up to {@link #SIZE} characters. */
  static String fill(String piece) {
    return piece.repeat(SIZE / piece.length());
  }

  /** Repeats {@code paragraph} {@code times}, then plain text up to {@link #SIZE}. */
  static String padded(String paragraph, int times) {
    String head = paragraph.repeat(times);
    return head + "Tekst om projektet. ".repeat(Math.max(0, (SIZE - head.length()) / 20));
  }

  static Map<String, IntFunction<String>> refused() {
    Map<String, IntFunction<String>> cases = new LinkedHashMap<>();
    cases.put(
        "nested strong emphasis", n -> "*a **a ".repeat(n / 15) + "b" + " a** a*".repeat(n / 15));
    cases.put("emphasis closers without openers", n -> fill("a_ "));
    cases.put("emphasis openers without closers", n -> fill("_a "));
    cases.put("link closers without openers", n -> fill("a]"));
    cases.put("link openers without closers", n -> fill("[a"));
    cases.put("mismatched openers and closers", n -> fill("*a_ "));
    cases.put("openers and closers multiple of 3", n -> "a**b" + fill("c* "));
    cases.put("link openers and emphasis closers", n -> fill("[ a_"));
    cases.put("pattern [ (]( repeated", n -> fill("[ (]("));
    cases.put("pattern ![[]() repeated", n -> fill("![[]()"));
    cases.put("nested brackets", n -> "[".repeat(n / 2 - 1) + "a" + "]".repeat(n / 2 - 1));
    cases.put("nested block quotes", n -> "> ".repeat(n / 2 - 1) + "a");
    cases.put("deeply nested lists", n -> nestedLists(n, 1_000));
    cases.put("backticks of many lengths", n -> backticks(n, n));
    cases.put("unclosed links A", n -> fill("[a](<b"));
    cases.put("unclosed links B", n -> fill("[a](b"));
    cases.put("link openers [a](", n -> fill("[a]("));
    cases.put("reference link openers [a]", n -> fill("[a]"));
    cases.put("angle bracket openers", n -> fill("<"));
    cases.put("unclosed html comments", n -> "</" + fill("<!--"));
    cases.put("many link reference definitions", n -> references(n / 12, n));
    cases.put("a*** runs", n -> fill("a***"));
    cases.put("entities", n -> fill("&amp; "));
    cases.put("backslashes", n -> fill("\\"));
    cases.put("many short lines", n -> fill("a\n"));
    cases.put("a table of many rows", n -> "a|b\n-|-\n" + fill("x|y\n"));
    return cases;
  }

  static Map<String, IntFunction<String>> accepted() {
    Map<String, IntFunction<String>> cases = new LinkedHashMap<>();
    cases.put("plain prose", n -> fill("Tekst om projektet, dets mål og resultater. "));
    cases.put("10 unclosed backtick runs, then prose", n -> padded(backticks(10, SIZE), 1));
    cases.put("49 link openers [a]( per paragraph", n -> padded("[a](".repeat(49) + "\n\n", 100));
    cases.put("49 [ (]( per paragraph", n -> padded("[ (](".repeat(49) + "\n\n", 100));
    cases.put("49 unclosed links A per paragraph", n -> padded("[a](<b".repeat(49) + "\n\n", 66));
    cases.put(
        "50 nested brackets per paragraph",
        n -> padded("[".repeat(50) + "a" + "]".repeat(50) + "\n\n", 99));
    cases.put(
        "399 emphasis runs per paragraph", n -> padded("a**b" + "c* ".repeat(398) + "\n\n", 25));
    cases.put(
        "nested strong emphasis per paragraph",
        n -> padded("*a **a ".repeat(100) + "b" + " a** a*".repeat(99) + "\n\n", 25));
    cases.put("100 angle brackets per paragraph", n -> padded("<".repeat(100) + "\n\n", 99));
    cases.put("200 entities per paragraph", n -> padded("&amp; ".repeat(200) + "\n\n", 49));
    cases.put("200 code spans per paragraph", n -> padded("`a` ".repeat(100) + "\n\n", 49));
    cases.put("16 nested block quotes", n -> padded("> ".repeat(16) + "a\n\n", 600));
    cases.put("lists nested 16 deep", n -> padded(nestedLists(15_000, 16) + "\n", 1));
    cases.put("199 link reference definitions", n -> padded(references(199, 4_000) + "\n\n", 1));
    cases.put("999 list items", n -> padded("- item [a](b)\n".repeat(999) + "\n", 1));
    cases.put(
        "2000-line paragraphs, 20000 lines", n -> padded("abcdefghijkl\n".repeat(2_000) + "\n", 9));
    return cases;
  }

  /** Runs of backticks of lengths 1, 2, 3, ..., none closed: at most {@code runs}, {@code size}. */
  static String backticks(int runs, int size) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= runs && b.length() + i + 1 <= size; i++) {
      b.append('e').append("`".repeat(i));
    }
    return b.toString();
  }

  /** Lists nested {@code depth} deep, again and again, up to {@code size}. */
  static String nestedLists(int size, int depth) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() + 2 * (i % depth) + 4 <= size; i++) {
      b.append("  ".repeat(i % depth)).append("* a\n");
    }
    return b.toString();
  }

  /** {@code count} link reference definitions, then paragraphs that use one, up to {@code size}. */
  static String references(int count, int size) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append('[').append(i).append("]: u\n");
    }
    b.append('\n');
    String uses = "[0] ".repeat(49) + "\n\n";
    while (b.length() + uses.length() <= size) {
      b.append(uses);
    }
    return b.toString();
  }

  static Stream<Arguments> refusedCases() {
    return refused().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<Arguments> acceptedCases() {
    return accepted().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Diagnostics render(String name, String markdown) {
    assertThat(markdown.length()).as(name).isBetween(SIZE / 2, (int) MarkdownReader.MAX_BYTES);
    Diagnostics diagnostics = new Diagnostics();
    long start = System.nanoTime();
    assertTimeoutPreemptively(
        TIMEOUT, () -> new MarkdownRenderer().render(Path.of("case.md"), markdown, 0, diagnostics));
    System.out.printf(
        "pathological Markdown: %-45s %7d chars %6d ms %s%n",
        name,
        markdown.length(),
        (System.nanoTime() - start) / 1_000_000,
        diagnostics.all().stream().map(Diagnostic::code).toList());
    return diagnostics;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCases")
  void isRefusedBeforeFlexmarkSeesIt(String name, IntFunction<String> make) {
    Diagnostics diagnostics = render(name, make.apply(SIZE));
    assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("E-MD-006");
    assertThat(diagnostics.all().get(0).pos().hasLine()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedCases")
  void justUnderTheLimitsIsRendered(String name, IntFunction<String> make) {
    Diagnostics diagnostics = render(name, make.apply(SIZE));
    assertThat(diagnostics.all()).extracting(Diagnostic::code).doesNotContain("E-MD-006");
  }
}
