package dk.evalsite.config;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import dk.evalsite.yaml.SchemaCheck;
import dk.evalsite.yaml.YamlNode;
import dk.evalsite.yaml.YamlReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads site.yaml. */
public final class SiteConfigLoader {
  private final Diagnostics diagnostics;

  public SiteConfigLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public Optional<SiteConfig> load(Path file) {
    return load(file, new YamlReader(diagnostics).read(file));
  }

  /** site.yaml as {@code text} (read from a git revision), reported as {@code file}. */
  public Optional<SiteConfig> loadText(Path file, String text) {
    return load(file, new YamlReader(diagnostics).parse(file, text, 0));
  }

  private Optional<SiteConfig> load(Path file, Optional<YamlNode> root) {
    int before = diagnostics.errorCount();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Fields f = Fields.of(root.get(), diagnostics, "site.yaml");
    if (f == null) {
      return Optional.empty();
    }
    LocalText title = LocalTexts.read(f, "title", true, diagnostics);
    LocalText description = LocalTexts.read(f, "description", false, diagnostics);
    String language = f.choice("language", true, SiteConfig.LANGUAGES);
    String baseUrl = f.string("base_url", false);
    String theme = f.string("theme", false);
    String zone = f.string("time_zone", false);
    Boolean pdf = f.bool("pdf");
    f.finish();
    java.time.ZoneId timeZone = SiteConfig.DEFAULT_ZONE;
    if (zone != null) {
      try {
        timeZone = java.time.ZoneId.of(zone);
      } catch (java.time.DateTimeException e) {
        diagnostics.error(
            "E-DATA-007",
            f.pos("time_zone"),
            "`time_zone` of site.yaml is `" + zone + "`, which is not a time zone",
            "Write a zone of the tz database, e.g. `Europe/Copenhagen` or `UTC`.");
      }
    }
    if (baseUrl != null) {
      baseUrl = checkBaseUrl(f, baseUrl);
    }
    Path themeDir = null;
    if (theme != null) {
      themeDir = file.toAbsolutePath().getParent().resolve(theme).normalize();
      if (!Files.isDirectory(themeDir)) {
        diagnostics.error(
            "E-THEME-001",
            f.pos("theme"),
            "theme folder " + themeDir + " does not exist",
            "Point `theme:` at a theme folder (relative to site.yaml), or remove it to use the "
                + "built-in theme.");
      }
    }
    new SchemaCheck(diagnostics).check(root.get(), "site");
    if (diagnostics.errorCount() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(
            file,
            title,
            description,
            language,
            baseUrl,
            themeDir,
            timeZone,
            !Boolean.FALSE.equals(pdf)));
  }

  private String checkBaseUrl(Fields f, String baseUrl) {
    try {
      URI uri = new URI(baseUrl);
      if (!uri.isAbsolute()
          || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        throw new URISyntaxException(baseUrl, "not an http(s) address");
      }
    } catch (URISyntaxException e) {
      diagnostics.error(
          "E-DATA-007",
          f.pos("base_url"),
          "`base_url` is not a web address: " + baseUrl,
          "Write the address the site is published at, e.g. https://example.dk/evalueringer/.");
      return null;
    }
    return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }
}
