package dk.evalsite.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code id} attributes of an HTML page's start tags from its UTF-8 bytes, one pass and
 * no decoding: a small subset of HTML's tokenizer (tags, attributes and their three ways of writing
 * a value, comments, and the elements whose contents are text), enough to find ids the way a
 * browser does and fast enough for every page of a large build.
 */
final class IdScanner {
  private static final byte[][] TEXT_ELEMENTS = {
    bytes("script"), bytes("style"), bytes("textarea"), bytes("title")
  };

  private final byte[] html;
  private final List<String> ids = new ArrayList<>();
  private int at;

  IdScanner(byte[] html) {
    this.html = html;
  }

  /** Every id, in the order of the page; an id left unterminated at the end is not one. */
  List<String> ids() {
    int n = html.length;
    while (at < n) {
      if (html[at] != '<' || at + 1 == n) {
        at++;
        continue;
      }
      byte next = html[at + 1];
      if (isLetter(next)) {
        startTag();
      } else if (next == '!' && startsWith(at + 2, "--")) {
        at = indexOf("-->", at + 4) + 3;
      } else if (next == '!' || next == '/' || next == '?') {
        at = indexOf(">", at + 2) + 1;
      } else {
        at++;
      }
    }
    return ids;
  }

  /**
   * Reads the start tag at {@code at}; on return {@code at} is past it (the end if it never ends).
   */
  private void startTag() {
    int nameStart = at + 1;
    at = nameStart;
    while (at < html.length && !isSpace(html[at]) && html[at] != '/' && html[at] != '>') {
      at++;
    }
    int nameEnd = at;
    boolean idSeen = false;
    while (true) {
      while (at < html.length && (isSpace(html[at]) || html[at] == '/')) {
        at++;
      }
      if (at >= html.length) {
        at = html.length;
        return;
      }
      if (html[at] == '>') {
        at++;
        skipText(nameStart, nameEnd);
        return;
      }
      int attrStart = at;
      at++; // a first "=" belongs to the name
      while (at < html.length
          && !isSpace(html[at])
          && html[at] != '/'
          && html[at] != '>'
          && html[at] != '=') {
        at++;
      }
      boolean isId =
          at - attrStart == 2 && lower(html[attrStart]) == 'i' && lower(html[attrStart + 1]) == 'd';
      int afterName = at;
      while (at < html.length && isSpace(html[at])) {
        at++;
      }
      int valueStart = at;
      int valueEnd = at;
      if (at < html.length && html[at] == '=') {
        at++;
        while (at < html.length && isSpace(html[at])) {
          at++;
        }
        if (at >= html.length) {
          return;
        }
        byte quote = html[at];
        if (quote == '"' || quote == '\'') {
          valueStart = at + 1;
          valueEnd = valueStart;
          while (valueEnd < html.length && html[valueEnd] != quote) {
            valueEnd++;
          }
          if (valueEnd == html.length) {
            at = html.length;
            return;
          }
          at = valueEnd + 1;
        } else {
          valueStart = at;
          while (at < html.length && !isSpace(html[at]) && html[at] != '>') {
            at++;
          }
          valueEnd = at;
        }
      } else {
        at = afterName;
      }
      if (isId && !idSeen) {
        idSeen = true;
        // Decoded only here: a page's other attribute values (thousands in its charts) never are.
        ids.add(new String(html, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8));
      }
    }
  }

  /** After the start tag of a text element, moves {@code at} to its end tag. */
  private void skipText(int nameStart, int nameEnd) {
    for (byte[] name : TEXT_ELEMENTS) {
      if (nameEnd - nameStart == name.length && sameLetters(nameStart, name)) {
        for (int i = at; i + 2 + name.length <= html.length; i++) {
          if (html[i] == '<'
              && html[i + 1] == '/'
              && sameLetters(i + 2, name)
              && endsName(i + 2 + name.length)) {
            at = i;
            return;
          }
        }
        at = html.length;
        return;
      }
    }
  }

  private boolean sameLetters(int from, byte[] lowerName) {
    for (int i = 0; i < lowerName.length; i++) {
      if (lower(html[from + i]) != lowerName[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a tag name ends at {@code i} (white space, "/", ">" or the end of the page). */
  private boolean endsName(int i) {
    return i == html.length || isSpace(html[i]) || html[i] == '/' || html[i] == '>';
  }

  private boolean startsWith(int from, String s) {
    if (from + s.length() > html.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (html[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The index of {@code s} from {@code from}, or the end of the page. */
  private int indexOf(String s, int from) {
    for (int i = from; i + s.length() <= html.length; i++) {
      if (startsWith(i, s)) {
        return i;
      }
    }
    return html.length;
  }

  private static byte lower(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
  }

  private static boolean isLetter(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  /** HTML's ASCII white space. */
  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r';
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
