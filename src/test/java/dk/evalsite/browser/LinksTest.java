package dk.evalsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every internal link, anchor and asset of the example site resolves, on disk and served. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksTest {
  Path tmp;
  BuiltSite site;

  @BeforeAll
  void buildSite(@TempDir Path dir) throws IOException {
    tmp = dir;
    site = BuiltSite.build(tmp.resolve("site"));
  }

  @Test
  void everyInternalLinkAnchorAndAssetOfTheBuiltFilesResolves() throws IOException {
    LinkChecker.Result result = LinkChecker.check(site.root());

    assertThat(result.broken()).as(listing("broken references", result.broken())).isEmpty();
    assertThat(result.checked()).as("references checked").isGreaterThan(100);
  }

  @Test
  void aCrawlOfTheServedSiteReachesEveryPageAndEveryUrlAnswers() throws Exception {
    try (SiteServer server = new SiteServer(site.root())) {
      SiteCrawler.Result result = new SiteCrawler(server.base()).crawl("index.html");

      assertThat(result.failures()).as(listing("failed URLs", result.failures())).isEmpty();
      // Every page but 404.html, which the server shows for addresses the site lacks.
      assertThat(result.pages())
          .as("pages reached from index.html by following links")
          .containsExactlyInAnyOrderElementsOf(
              site.pages().stream().filter(p -> !p.equals("404.html")).toList());
      assertThat(result.fetched()).contains("assets/style.css");
    }
  }

  @Test
  void theLinkCheckerReportsEachKindOfBrokenReference() throws IOException {
    Path root = brokenFixture();

    List<String> broken =
        LinkChecker.check(root).broken().stream().map(LinkChecker.Broken::toString).toList();

    assertThat(broken)
        .containsExactlyInAnyOrder(
            "index.html: <a href=\"missing.html\">: no such file: missing.html",
            "index.html: <a href=\"other.html#nowhere\">: no element with id \"nowhere\" in"
                + " other.html",
            "index.html: <a href=\"#gone\">: no element with id \"gone\" in index.html",
            "index.html: <img src=\"/logo.png\">: root-relative URL: breaks when the site is"
                + " opened from disk",
            "index.html: <a href=\"sub/\">: points at a folder: works on a server, not when opened"
                + " from disk",
            "index.html: <table aria-labelledby=\"cap\">: no element with id \"cap\" on the page",
            "index.html: <p id=\"twice\">: id used more than once",
            "style.css: <css url=\"missing.woff2\">: no such file: missing.woff2");
  }

  @Test
  void theCrawlerReportsMissingPagesAndAnchors() throws Exception {
    Path root = brokenFixture();
    try (SiteServer server = new SiteServer(root)) {
      List<String> failures =
          new SiteCrawler(server.base())
              .crawl("index.html").failures().stream().map(Object::toString).toList();

      assertThat(failures)
          .contains(
              "index.html -> missing.html: HTTP 404",
              "index.html -> other.html#nowhere: no element with that id",
              "index.html -> index.html#gone: no element with that id",
              "index.html -> logo.png: HTTP 404",
              "style.css -> missing.woff2: HTTP 404");
    }
  }

  private Path brokenFixture() throws IOException {
    Path root = tmp.resolve("broken");
    Files.createDirectories(root.resolve("sub"));
    write(
        root.resolve("index.html"),
        "<!DOCTYPE html><html lang=da><head><title>x</title>"
            + "<link rel=stylesheet href=style.css></head><body id=top>"
            + "<a href=missing.html>a</a> <a href=other.html#nowhere>b</a> <a href=#gone>c</a>"
            + " <a href=other.html#here>ok</a> <a href=#top>ok</a> <a href=https://example.org/>x</a>"
            + " <img src=/logo.png alt=''> <a href=sub/>d</a>"
            + "<table aria-labelledby=cap><tr><td>1</td></tr></table>"
            + "<p id=twice>1</p><p id=twice>2</p></body></html>");
    write(
        root.resolve("other.html"),
        "<!DOCTYPE html><html lang=da><head><title>y</title></head>"
            + "<body><h1 id=here>y</h1></body></html>");
    write(root.resolve("sub/index.html"), "<!DOCTYPE html><title>z</title>");
    write(
        root.resolve("style.css"),
        "/* url(commented.png) */ @font-face { src: url(missing.woff2) }");
    return root;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String listing(String what, List<?> items) {
    return items.size()
        + " "
        + what
        + ":"
        + items.stream().map(i -> "\n  " + i).collect(Collectors.joining());
  }
}
