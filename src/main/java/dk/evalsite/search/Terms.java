package dk.evalsite.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How text becomes index terms: the same rules as search.js in the theme, which does the same to a
 * query (a browser test holds the two to each other). Words are runs of letters and digits, in NFC
 * and lower case; a word of digits alone is kept only from four digits on (a year), so tables of
 * figures do not fill the index. Each word is stemmed with the Snowball stemmer of its page's
 * language (Danish or English; other languages are not stemmed).
 */
public final class Terms {

  private Terms() {}

  /** The words of {@code text}, in order, as the tokenizer of search.js gives them. */
  public static List<String> words(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1; // where the current word began
    boolean letter = false;
    for (int i = 0; i <= lower.length(); ) {
      int c = i < lower.length() ? lower.codePointAt(i) : ' ';
      boolean isLetter = isLetter(c);
      if (isLetter || isNumber(c)) {
        if (start < 0) {
          start = i;
          letter = false;
        }
        letter |= isLetter;
      } else if (start >= 0) {
        if (i - start >= 4 || letter) {
          out.add(lower.substring(start, i));
        }
        start = -1;
      }
      i += i < lower.length() ? Character.charCount(c) : 1;
    }
    return out;
  }

  /** {@code \\p{L}}, as regular expressions here and in JavaScript have it. */
  private static boolean isLetter(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER ->
          true;
      default -> false;
    };
  }

  /** {@code \\p{N}}. */
  private static boolean isNumber(int c) {
    return switch (Character.getType(c)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** A stemmer for {@code language}; not thread-safe, so one per caller. */
  public static Stemmer stemmer(String language) {
    return switch (language == null ? "" : language) {
      case "da" -> new Stemmer(new DanishStemmer());
      case "en" -> new Stemmer(new EnglishStemmer());
      default -> new Stemmer(null);
    };
  }

  /** One language's Snowball stemmer (or none: words stay as they are). */
  public static final class Stemmer {
    private final SnowballStemmer snowball;

    private Stemmer(SnowballStemmer snowball) {
      this.snowball = snowball;
    }

    public String stem(String word) {
      if (snowball == null) {
        return word;
      }
      snowball.setCurrent(word);
      snowball.stem();
      return snowball.getCurrent();
    }
  }
}
