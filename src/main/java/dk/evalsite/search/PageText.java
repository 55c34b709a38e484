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
  private static final Pattern TAG =
      Pattern.compile(
          "<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
          Pattern.DOTALL);
  private static final Pattern SKIP_MARK = Pattern.compile("\\sdata-search-skip(?=[\\s=/]|$)");
  private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

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
    String skipping = null; // the element whose content is left out, and how deep in it we are
    int depth = 0;
    boolean inTitle = false;
    boolean titleDone = false;
    Matcher tag = TAG.matcher(html).region(html.indexOf('>', start) + 1, end);
    int at = tag.regionStart();
    while (tag.find()) {
      String between = html.substring(at, tag.start());
      at = tag.end();
      if (skipping == null) {
        (inTitle ? title : text).append(between);
      }
      if (tag.group(2) == null) {
        continue; // a comment
      }
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      boolean closing = !tag.group(1).isEmpty();
      boolean selfClosing = VOID.contains(name) || tag.group(3).endsWith("/");
      if (skipping != null) {
        if (name.equals(skipping) && !selfClosing) {
          depth += closing ? -1 : 1;
          if (depth == 0) {
            skipping = null;
          }
        }
        continue;
      }
      if (!closing
          && !selfClosing
          && (SKIPPED.contains(name) || SKIP_MARK.matcher(tag.group(3)).find())) {
        skipping = name;
        depth = 1;
        continue;
      }
      if (name.equals("h1") && !titleDone) {
        inTitle = !closing;
        titleDone = closing;
        continue;
      }
      if (!INLINE.contains(name)) {
        (inTitle ? title : text).append(' ');
      }
    }
    if (skipping == null) {
      text.append(html, at, end);
    }
    return new PageText(language, clean(title), clean(text));
  }

  /** Entities decoded, white space collapsed. */
  private static String clean(CharSequence html) {
    Matcher m = ENTITY.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\\s+", " ").strip();
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
