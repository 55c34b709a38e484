package dk.evalsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {
  @Test
  void wordsAreRunsOfLettersAndDigitsInLowerCaseAndShortNumbersAreLeftOut() {
    assertThat(Terms.words("Målopfyldelse: 58 % i 2024 – B3's «Job-centre» 3,3"))
        .containsExactly("målopfyldelse", "i", "2024", "b3", "s", "job", "centre");
  }

  @Test
  void decomposedLettersAreComposedFirst() {
    // "å" written as a + combining ring (U+030A), as some editors save it
    assertThat(Terms.words("ma\u030Alet")).containsExactly("målet");
  }

  @Test
  void emptyAndPunctuationOnlyTextsHaveNoWords() {
    assertThat(Terms.words("")).isEmpty();
    assertThat(Terms.words(" – … 12 % ")).isEmpty();
  }

  /** The examples on the Snowball project's pages of the Danish and the English stemmer. */
  @ParameterizedTest
  @CsvSource({
    "da, indtage, indtag",
    "da, indtagelse, indtag",
    "da, indtager, indtag",
    "da, indtages, indtag",
    "da, indtaget, indtag",
    "da, indtil, indtil",
    "da, indtog, indtog",
    "da, indtrængende, indtræng",
    "en, consigned, consign",
    "en, consignment, consign",
    "en, consistency, consist",
    "en, consistently, consist",
    "en, knackeries, knackeri",
    "en, generously, generous",
    "fr, consignées, consignées",
  })
  void stemsAreSnowballsOfThePagesLanguage(String lang, String word, String stem) {
    assertThat(Terms.stemmer(lang).stem(word)).isEqualTo(stem);
  }
}
