package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Nu HTML Checker reports no error on any page of the example site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityTest {
  BuiltSite site;
  HtmlValidator validator;

  @BeforeAll
  void buildSite(@TempDir Path dir) throws Exception {
    site = BuiltSite.build(dir.resolve("site"));
    validator = new HtmlValidator();
  }

  List<String> pages() {
    return site.pages();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageHasNoValidatorErrors(String page) throws Exception {
    List<HtmlValidator.Message> messages =
        validator.check(page, Files.readAllBytes(site.file(page)));

    assertThat(HtmlValidator.errors(messages))
        .as(LinksTest.listing("Nu HTML Checker errors in " + page, messages))
        .isEmpty();
  }

  @Test
  void theExampleSiteHasTheExpectedPages() {
    assertThat(site.pages())
        // fictional project: 2 reports of 8 pages; facets 22, table 16; a history page per report
        .hasSize(24 + 16 + 38 + 4)
        .contains(
            "reports/groenne-job-midtvejs/index.html",
            "reports/groenne-job-slut/index.html",
            "index.html",
            "404.html",
            "about.html",
            "reports/social-inklusion/index.html",
            "reports/social-inklusion/bilag-a.html",
            "reports/social-inclusion/index.html",
            "reports/social-inclusion/bilag-a.html",
            "facets/index.html",
            "facets/kind/final/index.html",
            "table/index.html",
            "table/attainment-desc/index.html",
            BuiltSite.REVISED);
  }

  /** The history page checked here lists revisions, so its lists and notes are checked too. */
  @Test
  void theRevisedHistoryPageListsItsRevisions() throws Exception {
    var doc = org.jsoup.Jsoup.parse(site.file(BuiltSite.REVISED).toFile(), "UTF-8");
    assertThat(doc.select("li.revision")).hasSize(2);
    assertThat(doc.select(".revision__changes li")).isNotEmpty();
    assertThat(doc.select(".revision__note").text()).contains("B3");
    assertThat(doc.select(".revisions__minor")).hasSize(1);
    // The slow checks (axe, phone layout, page loads) open it too.
    assertThat(site.distinctPages())
        .contains(BuiltSite.REVISED, "reports/social-inclusion/history.html");
  }

  @Test
  void theCheckerReportsInvalidHtml() throws Exception {
    String html =
        "<!DOCTYPE html><html lang=da><head><meta charset=utf-8><title>x</title></head><body>"
            + "<table><tr><td>1</td></tr></table><p id=a>1</p><p id=a>2</p>"
            + "<ul><div>not a list item</div></ul></body></html>";

    List<HtmlValidator.Message> errors =
        HtmlValidator.errors(validator.check("bad.html", html.getBytes(StandardCharsets.UTF_8)));

    assertThat(errors)
        .extracting(HtmlValidator.Message::text)
        .anySatisfy(t -> assertThat(t).contains("Duplicate ID"))
        .anySatisfy(t -> assertThat(t).contains("Element \u201cdiv\u201d not allowed"));
  }
}
