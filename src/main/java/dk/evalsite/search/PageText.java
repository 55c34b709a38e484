package dk.evalsite.search;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rendered page shows a reader, as plain text: its language, its heading (the first h1) and
 * the text of its main element, leaving out navigation (nav, aside), drawings (svg), scripts, the
 * heading itself and any element the theme marks {@code data-search-skip} (a repeated report title,
 * say). Reads the pages evalsite writes (well-formed, entities as Freemarker and flexmark write
 * them), not arbitrary HTML.
 */
public record PageText(String lang, String title, String text) {
  private static final Pattern SKIP_MARK = Pattern.compile("\\sdata-search-skip(?=[\\s=/]|$)");
  private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");

  /**
   * The named entities a page may carry: those templates write, and the common ones an author may
   * type into Markdown (flexmark passes them through). Others stay as written.
   */
  private static final java.util.Map<String, String> NAMED =
      java.util.Map.ofEntries(
          java.util.Map.entry("amp", "&"),
          java.util.Map.entry("lt", "<"),
          java.util.Map.entry("gt", ">"),
          java.util.Map.entry("quot", "\""),
          java.util.Map.entry("apos", "'"),
          java.util.Map.entry("nbsp", "\u00a0"),
          java.util.Map.entry("shy", ""),
          java.util.Map.entry("ndash", "\u2013"),
          java.util.Map.entry("mdash", "\u2014"),
          java.util.Map.entry("hellip", "\u2026"),
          java.util.Map.entry("laquo", "\u00ab"),
          java.util.Map.entry("raquo", "\u00bb"),
          java.util.Map.entry("ldquo", "\u201c"),
          java.util.Map.entry("rdquo", "\u201d"),
          java.util.Map.entry("bdquo", "\u201e"),
          java.util.Map.entry("lsquo", "\u2018"),
          java.util.Map.entry("rsquo", "\u2019"),
          java.util.Map.entry("aelig", "æ"),
          java.util.Map.entry("oslash", "ø"),
          java.util.Map.entry("aring", "å"),
          java.util.Map.entry("AElig", "Æ"),
          java.util.Map.entry("Oslash", "Ø"),
          java.util.Map.entry("Aring", "Å"),
          java.util.Map.entry("eacute", "é"),
          java.util.Map.entry("euro", "€"),
          java.util.Map.entry("copy", "©"),
          java.util.Map.entry("deg", "°"),
          java.util.Map.entry("times", "×"),
          java.util.Map.entry("middot", "·"));

  private static final Set<String> SKIPPED =
      Set.of("nav", "aside", "svg", "script", "style", "template");
  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "del",
          "ins");

  public static PageText of(String html) {
    Matcher lang = LANG.matcher(html);
    String language = lang.find() ? lang.group(1) : "";
    int start = html.indexOf("<main");
    int end = html.lastIndexOf("</main>");
    if (start < 0 || end < start) {
      return new PageText(language, "", "");
    }
    StringBuilder text = new StringBuilder();
    StringBuilder title = new StringBuilder();
    boolean inTitle = false;
    boolean titleDone = false;
    Tags tag = new Tags(html, html.indexOf('>', start) + 1, end);
    int at = tag.from;
    while (tag.next()) {
      (inTitle ? title : text).append(html, at, tag.start);
      at = tag.end;
      if (tag.name == null) {
        continue; // a comment
      }
      String name = tag.name;
      boolean selfClosing = VOID.contains(name) || html.charAt(tag.end - 2) == '/';
      if (!tag.closing && !selfClosing && (SKIPPED.contains(name) || tag.marked())) {
        if (!tag.skipElement()) {
          at = end; // never closed: the rest is left out
          break;
        }
        at = tag.end;
        continue;
      }
      if (name.equals("h1") && !titleDone) {
        inTitle = !tag.closing;
        titleDone = tag.closing;
        continue;
      }
      if (!INLINE.contains(name)) {
        (inTitle ? title : text).append(' ');
      }
    }
    text.append(html, at, end);
    return new PageText(language, clean(title), clean(text));
  }

  /**
   * The tags and comments of {@code html} between two offsets, one by one: a scanner, not a regular
   * expression, since it reads every page of a site. A "<" that starts neither is text.
   */
  private static final class Tags {
    private final String html;
    private final int from;
    private final int limit;
    int start;
    int end;
    String name; // lower case; null for a comment
    boolean closing;
    private int attributes;

    Tags(String html, int from, int limit) {
      this.html = html;
      this.from = from;
      this.limit = limit;
      this.end = from;
    }

    boolean next() {
      int lt = html.indexOf('<', end);
      while (lt >= 0 && lt < limit) {
        if (html.startsWith("<!--", lt)) {
          int close = html.indexOf("-->", lt + 4);
          if (close >= 0 && close + 3 <= limit) {
            start = lt;
            end = close + 3;
            name = null;
            return true;
          }
        }
        int p = lt + 1;
        boolean slash = p < limit && html.charAt(p) == '/';
        p += slash ? 1 : 0;
        int n = p;
        while (n < limit && (isAsciiLetter(html.charAt(n)) || (n > p && isDigit(html.charAt(n))))) {
          n++;
        }
        int gt = n > p ? closingBracket(n) : -1;
        if (gt >= 0) {
          start = lt;
          end = gt + 1;
          name = html.substring(p, n).toLowerCase(java.util.Locale.ROOT);
          closing = slash;
          attributes = n;
          return true;
        }
        lt = html.indexOf('<', lt + 1);
      }
      return false;
    }

    /** The ">" that ends a tag whose attributes start at {@code i}, quotes skipped; -1 if none. */
    private int closingBracket(int i) {
      char quote = 0;
      for (; i < limit; i++) {
        char c = html.charAt(i);
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          return i;
        }
      }
      return -1;
    }

    /**
     * Moves past the end of the element the current tag opens (a chart's drawing holds hundreds of
     * tags, so only tags of the same name are looked at); false when it is never closed.
     */
    boolean skipElement() {
      int depth = 1;
      int i = end;
      String open = "<" + name;
      String close = "</" + name;
      while (true) {
        int o = indexOfTag(open, i);
        int c = indexOfTag(close, i);
        if (c < 0) {
          return false;
        }
        int gt = closingBracket((o >= 0 && o < c ? o : c) + 1);
        if (gt < 0) {
          return false;
        }
        if (o >= 0 && o < c) {
          depth += html.charAt(gt - 1) == '/' ? 0 : 1;
        } else if (--depth == 0) {
          end = gt + 1;
          return true;
        }
        i = gt + 1;
      }
    }

    /** Where {@code prefix} (a tag's start and name) next starts a tag of that name; -1 if not. */
    private int indexOfTag(String prefix, int from) {
      for (int i = html.indexOf(prefix, from);
          i >= 0 && i < limit;
          i = html.indexOf(prefix, i + 1)) {
        int after = i + prefix.length();
        char c = after < limit ? html.charAt(after) : '<';
        if (c == '>' || c == '/' || isSpace(c)) {
          return i;
        }
      }
      return -1;
    }

    /** Whether the tag carries {@code data-search-skip}. */
    boolean marked() {
      String mark = "data-search-skip";
      for (int i = attributes; i + mark.length() < end; i++) {
        if (html.regionMatches(i, mark, 0, mark.length())) {
          return SKIP_MARK.matcher(html).region(attributes, end - 1).find();
        }
      }
      return false;
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  /** Entities decoded, white space collapsed, in one pass. */
  private static String clean(CharSequence html) {
    StringBuilder out = new StringBuilder(html.length());
    boolean space = false;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      int semi = c == '&' ? entityEnd(html, i) : -1;
      String decoded = null;
      if (semi >= 0) {
        String entity = html.subSequence(i + 1, semi).toString();
        decoded = decode(entity, "&" + entity + ";");
        i = semi;
      }
      if (decoded == null ? isSpace(c) : decoded.length() == 1 && isSpace(decoded.charAt(0))) {
        space = true;
        continue;
      }
      if (space && !out.isEmpty()) {
        out.append(' ');
      }
      space = false;
      if (decoded == null) {
        out.append(c);
      } else {
        out.append(decoded);
      }
    }
    return out.toString().strip();
  }

  /**
   * The ";" ending an entity that starts at {@code amp} ("&name;", "&#N;", "&#xH;"); -1 if none.
   */
  private static int entityEnd(CharSequence s, int amp) {
    int i = amp + 1;
    if (i < s.length() && s.charAt(i) == '#') {
      i++;
      boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
      i += hex ? 1 : 0;
      int digits = i;
      while (i < s.length() && (hex ? Character.digit(s.charAt(i), 16) >= 0 : isDecimal(s, i))) {
        i++;
      }
      return i > digits && i < s.length() && s.charAt(i) == ';' ? i : -1;
    }
    int letters = i;
    while (i < s.length() && Tags.isAsciiLetter(s.charAt(i))) {
      i++;
    }
    return i > letters && i < s.length() && s.charAt(i) == ';' ? i : -1;
  }

  /** White space as the regular expression {@code \\s} has it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isDecimal(CharSequence s, int i) {
    return s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static String decode(String entity, String whole) {
    if (entity.startsWith("#")) {
      boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
      try {
        int code = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : whole;
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    String named = NAMED.get(entity);
    return named == null ? whole : named;
  }
}
