package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates read view records field by field; a field the record does not have fails the page with
 * E-THEME-002 at the template's line, also behind {@code !} and {@code ??}, while a field that is
 * null (marked {@link Nullable}) is missing in the ordinary Freemarker way.
 */
class StrictFieldsTest {
  @TempDir Path tmp;
  private final Diagnostics diagnostics = new Diagnostics();

  private static final DocPageView PAGE =
      new DocPageView(
          new SiteView("Evalueringsportalen", "da", null, null, "da"),
          new PageInfoView(
              "da",
              "Om portalen",
              null,
              "",
              "om.html",
              false,
              null,
              List.of(new NavItemView("Rapporter", "da", "index.html", null, false)),
              List.of(new CrumbView("Forside", "index.html"), new CrumbView("Om portalen", null)),
              List.of(),
              List.of(),
              null),
          Map.of("nav.home", "Forside"),
          "<p>Tekst</p>",
          null);

  private Optional<String> render(String template) throws IOException {
    Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(tmp.resolve("templates/t.ftlh"), template);
    Theme theme = Theme.open(tmp, List.of("da"), diagnostics).orElseThrow();
    return new PageRenderer(theme, diagnostics).render("t.ftlh", PAGE);
  }

  private Diagnostic onlyError() {
    assertThat(diagnostics.all()).hasSize(1);
    return diagnostics.all().get(0);
  }

  @Test
  void aTemplateReadsRecordFieldsAsDottedNames() throws IOException {
    assertThat(
            render("${site.title}|${page.title}|${page.breadcrumbs[0].url}|${msg[\"nav.home\"]}"))
        .contains("Evalueringsportalen|Om portalen|index.html|Forside");
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void aNullableFieldMayBeDefaultedOrTestedForPresence() throws IOException {
    assertThat(
            render(
                "${site.description!\"-\"}|${page.canonical???c}|"
                    + "<#list page.breadcrumbs as c>${c.url!\"here\"};</#list>"))
        .contains("-|false|index.html;here;");
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void anUnknownFieldFailsWithTheTemplatesLineAndTheRecordsFields() throws IOException {
    assertThat(render("<p>\n${site.titel}\n</p>")).isEmpty();

    Diagnostic error = onlyError();
    assertThat(error.code()).isEqualTo("E-THEME-002");
    assertThat(error.pos().file()).isEqualTo(tmp.resolve("templates/t.ftlh"));
    assertThat(error.pos().line()).isEqualTo(2);
    assertThat(error.pos().column()).isEqualTo(1);
    assertThat(error.message())
        .isEqualTo(
            "template error: `site.titel`: SiteView has no field `titel`; its fields are `title`,"
                + " `titleLang`, `description`, `descriptionLang`, `lang` (docs/theme-model.md lists every field of SiteView)");
    assertThat(error.hint()).contains("docs/theme-model.md");
  }

  @Test
  void aDefaultDoesNotHideAnUnknownField() throws IOException {
    assertThat(render("${site.titel!\"x\"}")).isEmpty();
    assertThat(onlyError().message()).contains("SiteView has no field `titel`");
  }

  @Test
  void aParenthesisedDefaultDoesNotHideAnUnknownField() throws IOException {
    assertThat(render("${(page.site.title)!\"x\"}")).isEmpty();
    assertThat(onlyError().message()).contains("`page.site`: PageInfoView has no field `site`");
  }

  @Test
  void aPresenceTestDoesNotHideAnUnknownField() throws IOException {
    assertThat(render("<#if site.titel??>yes<#else>no</#if>")).isEmpty();
    assertThat(onlyError().message()).contains("SiteView has no field `titel`");
  }

  @Test
  void anUnknownTopLevelVariableFails() throws IOException {
    assertThat(render("${pageTitle!\"\"}")).isEmpty();
    assertThat(onlyError().message())
        .contains("`pageTitle`: DocPageView has no field `pageTitle`")
        .contains("`site`, `page`, `msg`, `html`");
  }

  @Test
  void anUnknownFieldOfARecordInAListFails() throws IOException {
    assertThat(render("<#list page.nav as n>\n${n.href!\"\"}</#list>")).isEmpty();
    Diagnostic error = onlyError();
    assertThat(error.pos().line()).isEqualTo(2);
    assertThat(error.message()).contains("NavItemView has no field `href`");
  }
}
