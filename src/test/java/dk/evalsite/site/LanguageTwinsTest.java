package dk.evalsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's Danish and English reports (and pages) are language twins: every page links the
 * same page in the other language both ways, English pages show an English interface throughout,
 * and the index shows the evaluation once.
 */
class LanguageTwinsTest {
  static final String BASE = "https://evaluering.example.dk/";

  @TempDir static Path tmp;
  static Path site;
  static Map<String, Document> pages = new TreeMap<>();

  @BeforeAll
  static void build() throws IOException {
    site = ExampleSite.build(ExampleSite.CONTENT, tmp.resolve("site"));
    for (String path : ExampleSite.files(site).keySet()) {
      if (path.endsWith(".html")) {
        pages.put(path, Jsoup.parse(site.resolve(path).toFile(), "UTF-8"));
      }
    }
  }

  /** A site path from an alternate's address: absolute with base_url. */
  private static String pathOf(String href) {
    assertThat(href).startsWith(BASE);
    String path = href.substring(BASE.length());
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }

  private static Map<String, String> alternates(Document doc) {
    Map<String, String> out = new TreeMap<>();
    for (Element link : doc.select("head link[rel=alternate][hreflang]")) {
      out.put(link.attr("hreflang"), pathOf(link.attr("href")));
    }
    return out;
  }

  @Test
  void everyReportAndPageLinksItsTwinBothWays() {
    List<String> twinned = new ArrayList<>();
    pages.forEach(
        (path, doc) -> {
          Map<String, String> alt = alternates(doc);
          if (alt.isEmpty()) {
            return;
          }
          twinned.add(path);
          String lang = doc.selectFirst("html").attr("lang");
          assertThat(alt).as(path).containsKeys("da", "en", "x-default");
          assertThat(alt.get(lang)).as(path + " names itself").isEqualTo(path);
          assertThat(alt.get("x-default")).as(path).isEqualTo(alt.get("da"));
          String other = alt.get(lang.equals("da") ? "en" : "da");
          assertThat(pages).as(path + " → " + other).containsKey(other);
          Document twin = pages.get(other);
          assertThat(twin.selectFirst("html").attr("lang")).isNotEqualTo(lang);
          assertThat(alternates(twin)).as(other + " links back").isEqualTo(alt);
          Element toggle = doc.selectFirst("a.lang-switch");
          assertThat(toggle).as(path).isNotNull();
          String target = other.equals(lang) ? path : other;
          assertThat(toggle.attr("hreflang")).isEqualTo(toggle.attr("lang"));
          assertThat(toggle.attr("lang")).isEqualTo(lang.equals("da") ? "en" : "da");
          assertThat(toggle.text()).isEqualTo(lang.equals("da") ? "English" : "Dansk");
          Path resolved =
              site.resolve(path).getParent() == null
                  ? site.resolve(toggle.attr("href"))
                  : site.resolve(path).getParent().resolve(toggle.attr("href"));
          assertThat(site.relativize(resolved.normalize()).toString().replace('\\', '/'))
              .as(path)
              .isEqualTo(target);
        });
    // Eight pages of each report, and three documentation pages in each language.
    assertThat(twinned).hasSize(2 * 8 + 2 * 3);
    assertThat(twinned)
        .contains(
            "reports/social-inclusion/progress.html",
            "reports/social-inklusion/progress.html",
            "om.html",
            "about.html");
  }

  /** Danish UI strings that are not also the English ones, and Danish site and page titles. */
  private static Set<String> danishOnly() throws IOException {
    Properties da = properties("da");
    Properties en = properties("en");
    Set<String> out = new TreeSet<>();
    String english =
        String.join("\n", en.stringPropertyNames().stream().map(en::getProperty).toList());
    for (String key : da.stringPropertyNames()) {
      String text = da.getProperty(key);
      // Left out: words English uses too ("Output", "Status"), and texts with placeholders.
      boolean alsoEnglish =
          java.util.regex.Pattern.compile(
                  "(?<!\\p{L})" + java.util.regex.Pattern.quote(text) + "(?!\\p{L})")
              .matcher(english)
              .find();
      if (!alsoEnglish && !text.contains("{") && text.length() > 3) {
        out.add(text);
      }
    }
    out.addAll(List.of("Evalueringsportalen", "Om portalen", "Metode", "Kontakt", "Forside"));
    return out;
  }

  private static Properties properties(String language) throws IOException {
    Properties p = new Properties();
    try (var in =
        new InputStreamReader(
            Files.newInputStream(
                Path.of("themes/default/i18n/messages_" + language + ".properties")),
            StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void englishPagesShowAnEnglishInterfaceThroughout() throws IOException {
    Set<String> danish = danishOnly();
    int english = 0;
    for (var e : pages.entrySet()) {
      Document doc = e.getValue();
      if (!doc.selectFirst("html").attr("lang").equals("en")) {
        continue;
      }
      english++;
      Element lang = doc.selectFirst("a.lang-switch");
      lang.remove(); // "Dansk", in Danish on purpose
      String chrome =
          doc
              .select(
                  "head > title, .skip-link, .site-header, .breadcrumbs, .report-nav, .pager, .site-footer")
              .eachText()
              .stream()
              .reduce("", (a, b) -> a + "\n" + b);
      for (String text : danish) {
        assertThat(chrome)
            .as(e.getKey() + " shows Danish “" + text + "”")
            .doesNotContainPattern(
                "(?<!\\p{L})" + java.util.regex.Pattern.quote(text) + "(?!\\p{L})");
      }
      assertThat(doc.select("[lang=da]")).as(e.getKey()).isEmpty();
      assertThat(doc.selectFirst(".site-title").text()).isEqualTo("Evaluation portal");
      assertThat(doc.select(".site-nav a").eachText())
          .containsExactly("Reports", "About the portal", "Method", "Contact");
    }
    assertThat(english).isEqualTo(8 + 3);
  }

  @Test
  void theIndexShowsTheEvaluationOnceInItsOwnLanguageAndLinksTheTranslation() {
    Document index = pages.get("index.html");
    // The reference report and its translation are one card; the other two cards are the
    // fictional project's midterm and final evaluation (Danish only).
    assertThat(index.select(".report-card")).hasSize(3);
    assertThat(index.select(".report-card:has(a[href^='reports/social-in'])")).hasSize(1);
    Element card = index.selectFirst(".report-card:has(a[href^='reports/social-in'])");
    assertThat(card.select(".report-card__title").text())
        .isEqualTo("Social inklusion gennem vækstpartnerskaber");
    Element other = card.selectFirst(".report-card__translation a");
    assertThat(other.attr("href")).isEqualTo("reports/social-inclusion/index.html");
    assertThat(other.attr("lang")).isEqualTo("en");
    assertThat(other.attr("hreflang")).isEqualTo("en");
    assertThat(other.text()).isEqualTo("English");
    String desc = index.selectFirst(".portfolio svg desc").text();
    // Three evaluations: the reference once (3,3 yellow, not twice), the fictional midterm
    // (16/6 = 2,7 yellow) and final (22/6 = 3,7 green).
    assertThat(desc).startsWith("Trafiklys i 3 rapport(er):");
    assertThat(desc).contains("Implementering: 1 grøn, 2 gul, 0 rød");
  }

  @Test
  void theSitemapListsEachLanguageOfATwinnedPage() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertThat(sitemap)
        .contains(
            "<url><loc>"
                + BASE
                + "reports/social-inclusion/status.html</loc>\n"
                + "    <xhtml:link rel=\"alternate\" hreflang=\"da\" href=\""
                + BASE
                + "reports/social-inklusion/status.html\"/>\n"
                + "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\""
                + BASE
                + "reports/social-inclusion/status.html\"/>\n"
                + "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\""
                + BASE
                + "reports/social-inklusion/status.html\"/>\n"
                + "  </url>");
  }
}
