package dk.evalsite.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A linear pre-scan of a Markdown file for what flexmark cannot parse in linear time. flexmark
 * looks ahead to the end of the paragraph for every backtick run, `[` and emphasis delimiter that
 * finds no partner, handles deep nesting by recursion, and slows down with the square of the number
 * of reference definitions and list items; the cases are those of the CommonMark reference
 * implementations' pathological tests. Each construct is counted per paragraph (lines up to the
 * next blank line, outside fenced code) or per file and refused above a limit that a file of {@link
 * MarkdownReader#MAX_BYTES} renders within well under two seconds at. The counts are what a reader
 * sees, not exactly what CommonMark parses (a backslash-escaped `[` counts too): the limits are far
 * above what prose needs. Inline constructs are counted per paragraph, list item, heading and table
 * row (a line starting with `|`), which flexmark parses one by one.
 */
final class MarkdownLimits {
  /** Backtick runs per paragraph with no later run of the same length to close them. */
  static final int UNCLOSED_BACKTICK_RUNS = 10;

  /** Backtick runs per paragraph, closed or not. */
  static final int BACKTICK_RUNS = 200;

  /** `[` per paragraph: links, images, footnote-like brackets, nested brackets. */
  static final int BRACKETS = 50;

  /** `&` per paragraph: entities such as {@code &amp;}. */
  static final int AMPERSANDS = 200;

  /** Runs of `*`, `_` or `~` per paragraph: emphasis and strikethrough delimiters. */
  static final int DELIMITER_RUNS = 400;

  /** `<` per paragraph: autolinks and raw HTML (shown as text) openers. */
  static final int ANGLE_BRACKETS = 100;

  /** Block quote and list markers at the start of one line. */
  static final int NESTING = 16;

  /** Columns of indentation before a line's text (list nesting by indentation). */
  static final int INDENT = 64;

  /**
   * Markup per file: backtick runs, runs of `*`, `_` or `~`, `[`, `]`, `<`, `&`, `\\`, and block
   * quote and list markers. flexmark spends far more time per piece of markup than per character of
   * text.
   */
  static final int MARKUP = 10_000;

  /** Link reference definitions ({@code [label]: url}) per file. */
  static final int REFERENCE_DEFINITIONS = 200;

  /** List items per file. */
  static final int LIST_ITEMS = 1_000;

  /** Lines per paragraph (a table or a list without blank lines is one). */
  static final int PARAGRAPH_LINES = 2_000;

  /** Lines per file. */
  static final int LINES = 20_000;

  /** What goes over a limit, and where: 0-based line, 1-based column. */
  record Violation(int line, int column, String message, String hint) {}

  private MarkdownLimits() {}

  /** The first limit {@code lines} go over, if any. */
  static Optional<Violation> check(String[] lines, boolean[] skip) {
    if (lines.length > LINES) {
      return Optional.of(
          new Violation(
              LINES,
              1,
              "the file has more than " + LINES + " lines",
              "Split the file into smaller chapters or pages."));
    }
    Scan scan = new Scan();
    for (int i = 0; i < lines.length && scan.found == null; i++) {
      if (skip[i] || lines[i].isBlank()) {
        scan.endParagraph();
      } else {
        scan.line(i, lines[i]);
      }
    }
    if (scan.found == null) {
      scan.endParagraph();
    }
    return Optional.ofNullable(scan.found);
  }

  /** The counts of one pass; the first violation stops it. */
  private static final class Scan {
    Violation found;
    int references;
    int listItems;
    int markup;
    int paragraphStart = -1;
    int paragraphLines;
    int brackets;
    int delimiterRuns;
    int angles;
    int ampersands;

    /** Whether the current line starts a list item. */
    boolean listItem;

    /** Where the text whose inline constructs are counted starts (a paragraph, item, row). */
    int inlineStart = -1;

    /** Backtick runs of the paragraph: line, column, length. */
    final List<int[]> backtickRuns = new ArrayList<>();

    void line(int index, String line) {
      if (paragraphStart < 0) {
        paragraphStart = index;
        inlineStart = index;
      }
      if (++paragraphLines > PARAGRAPH_LINES) {
        refuse(
            index,
            1,
            "the paragraph starting at line "
                + (paragraphStart + 1)
                + " has more than "
                + PARAGRAPH_LINES
                + " lines",
            "Separate paragraphs, list items and table rows into groups with blank lines.");
        return;
      }
      int start = containers(index, line);
      if (found != null) {
        return;
      }
      boolean definition = line.startsWith("[", start) && line.indexOf("]:", start) > 0;
      if (definition) {
        if (++references > REFERENCE_DEFINITIONS) {
          refuse(
              index,
              start + 1,
              "the file has more than " + REFERENCE_DEFINITIONS + " link reference definitions",
              "Write the addresses in the links, `[text](https://...)`, or split the file.");
          return;
        }
      }
      if (line.startsWith("#", start) || line.startsWith("|", start) || listItem || definition) {
        resetInline(index);
      }
      inline(index, line, start);
    }

    /**
     * Counts the block quote and list markers and the indentation at the start of {@code line};
     * returns where its text starts.
     */
    private int containers(int index, String line) {
      int depth = 0;
      int column = 0;
      int i = 0;
      boolean item = false;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == ' ' || c == '\t') {
          column += c == '\t' ? 4 - column % 4 : 1;
          i++;
          if (column > INDENT) {
            refuse(
                index,
                i,
                "the line is indented more than " + INDENT + " columns (lists nested too deeply)",
                "Flatten the nesting; a few levels of lists are plenty.");
            return i;
          }
          continue;
        }
        int marker = listMarker(line, i);
        if (c == '>' || marker > 0) {
          i += c == '>' ? 1 : marker;
          column += c == '>' ? 1 : marker;
          item |= marker > 0;
          countMarkup(index, i);
          if (++depth > NESTING) {
            refuse(
                index,
                i,
                "the line nests more than " + NESTING + " block quotes and lists",
                "Flatten the nesting; a few levels of quotes and lists are plenty.");
            return i;
          }
          continue;
        }
        break;
      }
      listItem = item;
      if (item && ++listItems > LIST_ITEMS) {
        refuse(
            index,
            1,
            "the file has more than " + LIST_ITEMS + " list items",
            "Split the list over several files, or write it as a table.");
      }
      return i;
    }

    /** The length of the list marker (`-`, `*`, `+`, `1.`, `1)`) at {@code i}, or 0. */
    private static int listMarker(String line, int i) {
      int j = i;
      while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
        j++;
      }
      if (j > i) {
        if (j >= line.length() || (line.charAt(j) != '.' && line.charAt(j) != ')')) {
          return 0;
        }
      } else if (j >= line.length() || "-*+".indexOf(line.charAt(j)) < 0) {
        return 0;
      }
      j++;
      return j == line.length() || line.charAt(j) == ' ' || line.charAt(j) == '\t' ? j - i : 0;
    }

    private void inline(int index, String line, int start) {
      int i = start;
      while (i < line.length() && found == null) {
        char c = line.charAt(i);
        if (c == '`' || c == '*' || c == '_' || c == '~') {
          int end = i;
          while (end < line.length() && line.charAt(end) == c) {
            end++;
          }
          countMarkup(index, i + 1);
          if (c == '`') {
            backtickRuns.add(new int[] {index, i + 1, end - i});
          } else if (++delimiterRuns > DELIMITER_RUNS) {
            refuse(
                index,
                i + 1,
                paragraph() + "has more than " + DELIMITER_RUNS + " runs of `*`, `_` or `~`",
                "Separate the text into paragraphs with blank lines, or escape literal"
                    + " characters as `\\*`, `\\_` and `\\~`.");
          }
          i = end;
          continue;
        }
        if (c == '[' || c == ']' || c == '<' || c == '&' || c == '\\') {
          countMarkup(index, i + 1);
        }
        if (c == '[' && ++brackets > BRACKETS) {
          refuse(
              index,
              i + 1,
              paragraph() + "has more than " + BRACKETS + " `[` (links, images, brackets)",
              "Separate the text into paragraphs with blank lines, or escape literal brackets as"
                  + " `\\[`.");
        } else if (c == '&' && ++ampersands > AMPERSANDS) {
          refuse(
              index,
              i + 1,
              paragraph() + "has more than " + AMPERSANDS + " `&` (entities)",
              "Separate the text into paragraphs with blank lines.");
        } else if (c == '<' && ++angles > ANGLE_BRACKETS) {
          refuse(
              index,
              i + 1,
              paragraph() + "has more than " + ANGLE_BRACKETS + " `<`",
              "Separate the text into paragraphs with blank lines, or write `&lt;`.");
        }
        i++;
      }
    }

    private void countMarkup(int line, int column) {
      if (++markup > MARKUP) {
        refuse(
            line,
            column,
            "the file has more than "
                + MARKUP
                + " pieces of Markdown markup (`*`, `_`, `~` and backtick runs, `[`, `]`, `<`, `&`,"
                + " `\\`, quote and list markers)",
            "Split the file into smaller chapters or pages.");
      }
    }

    private String paragraph() {
      return "the paragraph starting at line " + (inlineStart + 1) + " ";
    }

    /** Ends the paragraph (at a blank line, fenced code or the end of the file). */
    void endParagraph() {
      resetInline(-1);
      paragraphStart = -1;
      paragraphLines = 0;
    }

    /**
     * Ends the text whose inline constructs are counted; the next starts at {@code index}. A
     * backtick run opens a code span only if a later run of the same length closes it; flexmark
     * searches the rest of the text for every run that finds none.
     */
    private void resetInline(int index) {
      if (found == null && backtickRuns.size() > BACKTICK_RUNS) {
        int[] run = backtickRuns.get(BACKTICK_RUNS);
        refuse(
            run[0],
            run[1],
            paragraph() + "has more than " + BACKTICK_RUNS + " runs of backticks",
            "Separate the text into paragraphs with blank lines.");
      }
      if (found == null && !backtickRuns.isEmpty()) {
        int[] nextOfLength = new int[backtickRuns.size()];
        Map<Integer, Integer> next = new HashMap<>();
        for (int r = backtickRuns.size() - 1; r >= 0; r--) {
          nextOfLength[r] = next.getOrDefault(backtickRuns.get(r)[2], -1);
          next.put(backtickRuns.get(r)[2], r);
        }
        int unclosed = 0;
        for (int r = 0; r < backtickRuns.size(); ) {
          if (nextOfLength[r] >= 0) {
            r = nextOfLength[r] + 1;
          } else if (++unclosed > UNCLOSED_BACKTICK_RUNS) {
            int[] run = backtickRuns.get(r);
            refuse(
                run[0],
                run[1],
                paragraph()
                    + "has more than "
                    + UNCLOSED_BACKTICK_RUNS
                    + " runs of backticks that no run of the same length closes",
                "Close each code span with as many backticks as opened it, or escape literal"
                    + " backticks as \\`.");
            break;
          } else {
            r++;
          }
        }
      }
      backtickRuns.clear();
      inlineStart = index;
      brackets = 0;
      delimiterRuns = 0;
      angles = 0;
      ampersands = 0;
    }

    private void refuse(int line, int column, String message, String hint) {
      if (found == null) {
        found = new Violation(line, column, message, hint);
      }
    }
  }
}
