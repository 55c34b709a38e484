package dk.evalsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void splitsTheYamlFromTheBodyAndSaysOnWhichLineTheBodyStarts() {
    FrontMatter fm = FrontMatter.split("---\ntitle: Om\nweight: 2\n---\n# Om\n\nTekst.\n");
    assertThat(fm.hasYaml()).isTrue();
    assertThat(fm.yaml()).isEqualTo("title: Om\nweight: 2\n");
    assertThat(fm.body()).isEqualTo("# Om\n\nTekst.\n");
    assertThat(fm.bodyLine()).isEqualTo(4);
  }

  @Test
  void aFileWithoutFrontMatterIsAllBodyFromTheFirstLine() {
    FrontMatter fm = FrontMatter.split("# Om\n---\nx\n");
    assertThat(fm.hasYaml()).isFalse();
    assertThat(fm.body()).isEqualTo("# Om\n---\nx\n");
    assertThat(fm.bodyLine()).isZero();
  }

  @Test
  void windowsLineEndsAndSpacesAfterTheClosingLineAreAccepted() {
    FrontMatter fm = FrontMatter.split("---\r\ntitle: Om\r\n---  \r\nTekst\r\n");
    assertThat(fm.yaml()).isEqualTo("title: Om\r\n");
    assertThat(fm.body()).isEqualTo("Tekst\r\n");
    assertThat(fm.bodyLine()).isEqualTo(3);
  }

  @Test
  void anEmptyBlockAndAClosingLineAtTheEndOfTheFileAreFrontMatter() {
    FrontMatter empty = FrontMatter.split("---\n---\nTekst\n");
    assertThat(empty.hasYaml()).isTrue();
    assertThat(empty.yaml()).isEmpty();
    assertThat(empty.bodyLine()).isEqualTo(2);
    FrontMatter noBody = FrontMatter.split("---\ntitle: Om\n---");
    assertThat(noBody.yaml()).isEqualTo("title: Om\n");
    assertThat(noBody.body()).isEmpty();
    assertThat(noBody.bodyLine()).isEqualTo(3);
  }

  @Test
  void anUnclosedBlockIsShownAsBody() {
    String text = "---\ntitle: Om\nTekst\n";
    FrontMatter fm = FrontMatter.split(text);
    assertThat(fm.hasYaml()).isFalse();
    assertThat(fm.body()).isEqualTo(text);
    assertThat(fm.bodyLine()).isZero();
  }

  @Test
  void anOpeningLineWithMoreThanThreeDashesIsNotFrontMatter() {
    assertThat(FrontMatter.split("----\ntitle: Om\n---\n").hasYaml()).isFalse();
    assertThat(FrontMatter.split("--- \ntitle: Om\n---\n").hasYaml()).isFalse();
  }
}
