package dk.evalsite.config;

import java.nio.file.Path;

/**
 * site.yaml: the site's title and description (each in one or more languages), default language and
 * base URL. {@code description} is null when not given; {@code theme} is a folder, or null for the
 * theme built into evalsite. {@code timeZone} is the zone dates from git are shown in; {@code pdf}
 * says whether each report gets its PDF edition (default true).
 */
public record SiteConfig(
    Path file,
    LocalText title,
    LocalText description,
    String language,
    String baseUrl,
    Path theme,
    java.time.ZoneId timeZone,
    boolean pdf) {

  /** The zone of a site.yaml without {@code time_zone}. */
  public static final java.time.ZoneId DEFAULT_ZONE = java.time.ZoneId.of("Europe/Copenhagen");

  public static final java.util.List<String> LANGUAGES = java.util.List.of("da", "en");
}
