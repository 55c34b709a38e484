package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummariesTest {
  @Test
  void keepsAShortTextWholeWithItsWhitespaceCollapsed() {
    assertThat(Summaries.of("  Et kort\n afsnit.  ")).isEqualTo("Et kort afsnit.");
    assertThat(Summaries.of(" \n")).isNull();
    assertThat(Summaries.of(null)).isNull();
  }

  @Test
  void cutsALongTextAtAWordBoundaryWithAnEllipsis() {
    String text = "ord ".repeat(50) + "slutningen, som ikke kommer med.";
    String cut = Summaries.of(text);

    assertThat(cut).endsWith("ord…").hasSizeLessThanOrEqualTo(Summaries.LENGTH);
    assertThat(cut.substring(0, cut.length() - 1)).doesNotEndWith(" ");
  }

  @Test
  void cutsOneVeryLongWordInsideIt() {
    String cut = Summaries.of("x".repeat(400));

    assertThat(cut).hasSize(Summaries.LENGTH).endsWith("x…");
  }
}
