package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.site.BuildResult;
import dk.evalsite.site.SiteBuilder;
import dk.evalsite.site.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's theme folder holds only what it changes; everything else comes from the built-in theme.
 * The reviewed golden tree of the example site is the oracle for what the built-in theme gives.
 */
class ThemeOverridesTest {
  private static final Path BUILT_IN = Path.of("themes/default");
  private static final Path GOLDEN = Path.of("src/test/golden/site");
  private static final String MARKER = "<p class=\"data-link theme-override\">";

  @TempDir Path tmp;

  @Test
  void aThemeWithOnlyTheReportTemplateAndOneStylesheetOverridesThatTemplateAndAddsTheSheet()
      throws IOException {
    Path theme = tmp.resolve("theme");
    write(
        theme.resolve("templates/report.ftlh"),
        Files.readString(BUILT_IN.resolve("templates/report.ftlh"))
            .replace("<p class=\"data-link\">", MARKER));
    write(theme.resolve("assets/extra.css"), ".theme-override { font-weight: bold; }\n");
    assertThat(files(theme)).containsOnlyKeys("templates/report.ftlh", "assets/extra.css");

    Map<String, String> built = build();
    Map<String, String> golden = files(GOLDEN);

    assertThat(built.keySet()).containsAll(golden.keySet());
    assertThat(built).containsEntry("assets/extra.css", ".theme-override { font-weight: bold; }\n");
    assertThat(built.get("assets/style.css")).isEqualTo(golden.get("assets/style.css"));
    List<String> pages = golden.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    assertThat(pages).hasSizeGreaterThan(10);
    for (String page : pages) {
      String html = built.get(page);
      // 404.html links from the site's root path, as a server shows it at any depth.
      String root = page.equals("404.html") ? "/" : "../".repeat(page.split("/").length - 1);
      String extra = "<link rel=\"stylesheet\" href=\"" + root + "assets/extra.css\">\n";
      assertThat(html)
          .as(page + " links the extra stylesheet right after style.css")
          .contains("assets/style.css\">\n" + extra);
      boolean landing = page.matches("reports/[^/]+/index\\.html");
      assertThat(html.contains(MARKER))
          .as(page + (landing ? " uses the theme's report.ftlh" : " uses a built-in template"))
          .isEqualTo(landing);
      String asBuiltIn = html.replace(extra, "").replace(MARKER, "<p class=\"data-link\">");
      assertThat(asBuiltIn)
          .as(page + " is otherwise the built-in theme's page")
          .isEqualTo(golden.get(page));
    }
  }

  @Test
  void aThemesUiStringsOverrideTheBuiltInOnesKeyByKey() throws IOException {
    Path theme = tmp.resolve("theme");
    write(theme.resolve("i18n/messages_da.properties"), "footer.text=Udgivet af Testfonden.\n");

    Map<String, String> built = build();

    String danish = built.get("reports/social-inklusion/index.html");
    String english = built.get("reports/social-inclusion/index.html");
    assertThat(danish).contains("<p>Udgivet af Testfonden.</p>").doesNotContain("??");
    assertThat(danish).isNotEqualTo(files(GOLDEN).get("reports/social-inklusion/index.html"));
    assertThat(
            danish.replace(
                "Udgivet af Testfonden.",
                "Udgivet med evalsite. Tal og trafiklys er beregnet efter reglerne i Bilag A."))
        .isEqualTo(files(GOLDEN).get("reports/social-inklusion/index.html"));
    assertThat(english).isEqualTo(files(GOLDEN).get("reports/social-inclusion/index.html"));
  }

  @Test
  void anErrorInAnOverriddenTemplateNamesTheThemesFile() throws IOException {
    Path theme = tmp.resolve("theme");
    write(
        theme.resolve("templates/report.ftlh"),
        "<#import \"layout.ftlh\" as l>\n<@l.frame>\n${report.titel}\n</@l.frame>\n");

    List<Diagnostic> errors = buildFailing();

    assertThat(errors).isNotEmpty();
    for (Diagnostic e : errors) {
      assertThat(e.code()).isEqualTo("E-THEME-002");
      assertThat(e.pos().file())
          .isEqualTo(theme.resolve("templates/report.ftlh").toAbsolutePath().normalize());
      assertThat(e.pos().line()).isEqualTo(3);
      assertThat(e.message()).contains("`report.titel`", "ReportHeadView has no field `titel`");
    }
  }

  @Test
  void anErrorInATemplateTheThemeDoesNotOverrideNamesTheBuiltInFile() throws IOException {
    Path theme = tmp.resolve("theme");
    // The built-in figure macro given the report's head: line 4 of figures.ftlh asks it for `id`.
    write(
        theme.resolve("templates/report.ftlh"),
        "<#import \"figures.ftlh\" as fig>\n<@fig.figure report/>\n");

    List<Diagnostic> errors = buildFailing();

    assertThat(errors).isNotEmpty();
    for (Diagnostic e : errors) {
      assertThat(e.pos().file())
          .isEqualTo(Path.of("(built-in theme)", "templates", "figures.ftlh"));
      assertThat(e.pos().line()).isEqualTo(4);
      assertThat(e.message()).contains("`report.id`: ReportHeadView has no field `id`");
    }
  }

  @Test
  void aLanguageOnlyTheThemeHasGetsTheThemesStrings() throws IOException {
    Path theme = tmp.resolve("theme");
    write(theme.resolve("i18n/messages_de.properties"), "nav.home=Startseite\n");
    Diagnostics d = new Diagnostics();

    Theme opened = Theme.open(theme, List.of("da", "de"), d).orElseThrow();

    assertThat(d.all()).isEmpty();
    assertThat(opened.messages("de").get("nav.home")).isEqualTo("Startseite");
    assertThat(opened.messages("da").get("nav.home"))
        .isEqualTo(builtIn("da").getProperty("nav.home"));
  }

  @Test
  void aLanguageNeitherThemeHasIsAnError() {
    Diagnostics d = new Diagnostics();

    assertThat(Theme.open(tmp, List.of("de"), d)).isPresent();

    assertThat(d.all()).extracting(Diagnostic::code).containsExactly("E-THEME-001");
  }

  private static java.util.Properties builtIn(String language) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in =
        Files.newBufferedReader(BUILT_IN.resolve("i18n/messages_" + language + ".properties"))) {
      p.load(in);
    }
    return p;
  }

  private Map<String, String> build() throws IOException {
    Path content = site();
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(content, tmp.resolve("out"));
    assertThat(d.hasErrors()).as("errors: %s", d.sorted()).isFalse();
    assertThat(result.written()).isTrue();
    return files(tmp.resolve("out"));
  }

  private List<Diagnostic> buildFailing() throws IOException {
    Path content = site();
    Diagnostics d = new Diagnostics();
    BuildResult result = new SiteBuilder(d, false).build(content, tmp.resolve("out"));
    assertThat(result.written()).isFalse();
    return d.sorted().stream().filter(x -> x.code().startsWith("E-")).toList();
  }

  /** The example site with `theme: ../theme`, the folder {@code tmp/theme}. */
  private Path site() throws IOException {
    Path content = TestSites.copyExample(tmp.resolve("content"));
    Path siteYaml = content.resolve("site.yaml");
    Files.writeString(
        siteYaml, Files.readString(siteYaml).replaceAll("(?m)^theme: .*$", "theme: ../theme"));
    return content;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /**
   * Every file below {@code root} as text (images garbled, never compared), by path, without
   * evalsite's own marker files.
   */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (!name.startsWith(".evalsite")) {
          out.put(name, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
