package dk.evalsite.render;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.URLTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * A theme: Freemarker templates, UI strings per language and static assets, from a folder or from
 * the default theme inside the evalsite jar. Templates can neither create Java objects nor reach
 * the Java API behind the data, and read view records through {@link StrictRecordWrapper}.
 */
public final class Theme {
  static final String BUILT_IN = "dk/evalsite/theme/default/";

  private final Path dir;
  private final Configuration freemarker;
  private final Map<String, Messages> messages;

  private Theme(Path dir, Configuration freemarker, Map<String, Messages> messages) {
    this.dir = dir;
    this.freemarker = freemarker;
    this.messages = messages;
  }

  /** The theme in {@code dir}, or the built-in one when {@code dir} is null. */
  public static Optional<Theme> open(Path dir, List<String> languages, Diagnostics diagnostics) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new StrictRecordWrapper());
    Map<String, Messages> messages = new HashMap<>();
    try {
      cfg.setTemplateLoader(
          dir == null
              ? new BuiltInLoader()
              : new FileTemplateLoader(dir.resolve("templates").toFile()));
      for (String language : languages) {
        try (InputStream in = open(dir, "i18n/messages_" + language + ".properties")) {
          if (in == null) {
            diagnostics.error(
                "E-THEME-001",
                SourcePos.of(dir == null ? Path.of("(built-in theme)") : dir),
                "the theme has no UI strings for language `" + language + "`",
                "Add i18n/messages_" + language + ".properties to the theme.");
            continue;
          }
          messages.put(language, Messages.load(language, in));
        }
      }
    } catch (IOException e) {
      diagnostics.error(
          "E-THEME-001",
          SourcePos.of(dir == null ? Path.of("(built-in theme)") : dir),
          "cannot read the theme: " + e.getMessage(),
          "Check the theme folder.");
      return Optional.empty();
    }
    return Optional.of(new Theme(dir, cfg, Map.copyOf(messages)));
  }

  private static InputStream open(Path dir, String name) throws IOException {
    if (dir != null) {
      Path file = dir.resolve(name);
      return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }
    return Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + name);
  }

  Configuration freemarker() {
    return freemarker;
  }

  /** Where template {@code name} is read from, for error positions. */
  Path templateFile(String name) {
    return dir == null
        ? Path.of("(built-in theme)", "templates").resolve(name)
        : dir.resolve("templates").resolve(name);
  }

  /** Whether the theme has UI strings for every one of {@code languages}. */
  public boolean hasLanguages(java.util.Collection<String> languages) {
    return messages.keySet().containsAll(languages);
  }

  public Messages messages(String language) {
    return messages.get(language);
  }

  /**
   * The theme's static assets as (path below assets/, bytes), sorted by path. The built-in theme
   * lists them in assets.txt, since a jar cannot be listed portably.
   */
  public List<Asset> assets() {
    List<Asset> out = new ArrayList<>();
    try {
      if (dir != null) {
        Path assets = dir.resolve("assets");
        if (Files.isDirectory(assets)) {
          try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
              out.add(
                  new Asset(
                      assets.relativize(file).toString().replace('\\', '/'),
                      Files.readAllBytes(file)));
            }
          }
        }
        return out;
      }
      try (InputStream list = open(null, "assets.txt")) {
        if (list == null) {
          return out;
        }
        for (String name :
            new String(list.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          if (name.isBlank() || name.startsWith("#")) {
            continue;
          }
          try (InputStream in = open(null, "assets/" + name.trim())) {
            if (in != null) {
              out.add(new Asset(name.trim(), in.readAllBytes()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(java.util.Comparator.comparing(Asset::path));
    return out;
  }

  public record Asset(String path, byte[] bytes) {}

  /** Templates of the built-in theme, from the class path. */
  private static final class BuiltInLoader extends URLTemplateLoader {
    @Override
    protected URL getURL(String name) {
      return Theme.class.getClassLoader().getResource(BUILT_IN + "templates/" + name);
    }
  }
}
