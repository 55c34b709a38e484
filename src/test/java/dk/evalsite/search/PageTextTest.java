package dk.evalsite.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextTest {
  static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="da">
      <head><title>Ignored – Site</title></head>
      <body><header><nav><a href="/">Menu word</a></nav></header>
      <div class="layout"><aside class="report-nav"><nav>Chapters</nav></aside>
      <main id="main" class="content">
      <p class="eyebrow" data-search-skip>Report title again</p>
      <h1><span class="chapter-num">3</span> Overordnet status</h1>
      <div class="prose"><p>Projektet har <em>afsluttet</em> sine aktiviteter &amp; n&aring;et &quot;m&#229;lene&quot;&#x21;</p>
      <ul><li>Én</li><li>To</li></ul></div>
      <!-- a comment <p>not text</p> -->
      <figure><svg viewBox="0 0 1 1"><text>chart label</text></svg><figcaption>Figur 1 Fremdrift</figcaption></figure>
      <nav class="pager"><a href="x">Næste</a></nav>
      <img src="a.png" alt="alt text"><br/>Slut.
      </main></div>
      <footer>Footer words</footer></body></html>
      """;

  @Test
  void theMainTextWithoutNavigationDrawingsAndTheHeading() {
    PageText text = PageText.of(PAGE);
    assertThat(text.lang()).isEqualTo("da");
    assertThat(text.title()).isEqualTo("3 Overordnet status");
    assertThat(text.text())
        .isEqualTo(
            "Projektet har afsluttet sine aktiviteter & nået \"målene\"! Én To Figur 1 Fremdrift"
                + " Slut.");
  }

  @Test
  void aPageWithoutAMainElementHasNoText() {
    PageText text = PageText.of("<html lang=\"en\"><body><p>Hello</p></body></html>");
    assertThat(text.lang()).isEqualTo("en");
    assertThat(text.title()).isEmpty();
    assertThat(text.text()).isEmpty();
  }

  @Test
  void nestedSkippedElementsEndWhereTheOuterOneEnds() {
    PageText text =
        PageText.of(
            "<html lang=\"en\"><main><nav><nav>a</nav>b</nav>c<aside>d</aside> e</main></html>");
    assertThat(text.text()).isEqualTo("c e");
  }

  @Test
  void aLessThanSignThatStartsNoTagIsText() {
    PageText text =
        PageText.of(
            "<html lang=\"da\"><main><p>a < b, 3 <4 og <!-- x -->c&#10;d</p></main></html>");
    assertThat(text.text()).isEqualTo("a < b, 3 <4 og c d");
  }

  @Test
  void aDrawingSkippedWholeWhateverItHoldsAndAnUnclosedOneSkipsTheRest() {
    String drawing = "<svg><svg/><g><svg viewBox=\"0 0 1 1\"><text>x</text></svg></g></svg>";
    assertThat(PageText.of("<main>a " + drawing + " b</main>").text()).isEqualTo("a b");
    assertThat(PageText.of("<main>a <svg><text>x</text> b</main>").text()).isEqualTo("a");
    assertThat(PageText.of("<main>a <navigation>n</navigation> b</main>").text())
        .as("a tag whose name only begins like a skipped one")
        .isEqualTo("a n b");
  }
}
