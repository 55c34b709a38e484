package dk.evalsite.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private Terms() {}

  /** The words of {@code text}, in order, as the tokenizer of search.js gives them. */
  public static List<String> words(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String word : NOT_WORD.split(lower)) {
      if (!word.isEmpty() && (word.length() >= 4 || LETTER.matcher(word).find())) {
        out.add(word);
      }
    }
    return out;
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
