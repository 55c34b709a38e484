package dk.evalsite.site;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON string escapes that also write {@code <}, {@code >}, {@code &} and {@code '} as Unicode
 * escapes (backslash, u, four hex digits), so text from the content can never close a script
 * element or open markup when a JSON file is embedded in or mistaken for HTML. The value read back
 * is unchanged.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private final int[] escapes;

  HtmlSafeEscapes() {
    escapes = standardAsciiEscapesForJSON();
    for (char c : new char[] {'<', '>', '&', '\''}) {
      escapes[c] = ESCAPE_STANDARD;
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return escapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return null;
  }
}
