package dk.evalsite.render;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: Freemarker templates, UI strings per language and static assets. A site's theme folder
 * holds only what it changes: each template, UI string (key by key) and asset it lacks comes from
 * the built-in theme inside the evalsite jar. Templates can neither create Java objects nor reach
 * the Java API behind the data, and read view records through {@link StrictRecordWrapper}.
 */
public final class Theme {
  static final String BUILT_IN = "dk/evalsite/theme/default/";

  private final Path dir;
  private final Configuration freemarker;
  private final Map<String, Messages> messages;
  private final List<String> stylesheets;

  private Theme(
      Path dir,
      Configuration freemarker,
      Map<String, Messages> messages,
      List<String> stylesheets) {
    this.dir = dir;
    this.stylesheets = stylesheets;
    this.freemarker = freemarker;
    this.messages = messages;
  }

  /** The theme in {@code dir}, or the built-in one when {@code dir} is null. */
  public static Optional<Theme> open(Path dir, List<String> languages, Diagnostics diagnostics) {
    Configuration cfg = new GuardedConfiguration(Configuration.VERSION_2_3_34);
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
    List<String> stylesheets;
    try {
      stylesheets = stylesheets(dir);
      Path templates = dir == null ? null : dir.resolve("templates");
      cfg.setTemplateLoader(
          templates != null && Files.isDirectory(templates)
              ? new MultiTemplateLoader(
                  new TemplateLoader[] {
                    new FileTemplateLoader(templates.toFile()), new BuiltInLoader()
                  })
              : new BuiltInLoader());
      for (String language : languages) {
        String name = "i18n/messages_" + language + ".properties";
        Map<String, String> strings = new HashMap<>();
        boolean found = false;
        for (Path from : dir == null ? new Path[] {null} : new Path[] {null, dir}) {
          try (InputStream in = open(from, name)) {
            if (in != null) {
              strings.putAll(Messages.load(language, in).asMap());
              found = true;
            }
          }
        }
        if (!found) {
          diagnostics.error(
              "E-THEME-001",
              SourcePos.of(dir == null ? Path.of("(built-in theme)") : dir),
              "the theme has no UI strings for language `" + language + "`",
              "Add " + name + " to the theme.");
          continue;
        }
        messages.put(language, new Messages(language, strings));
      }
    } catch (IOException e) {
      diagnostics.error(
          "E-THEME-001",
          SourcePos.of(dir == null ? Path.of("(built-in theme)") : dir),
          "cannot read the theme: " + e.getMessage(),
          "Check the theme folder.");
      return Optional.empty();
    }
    return Optional.of(new Theme(dir, cfg, Map.copyOf(messages), stylesheets));
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

  /** Whether the theme has UI strings for every one of {@code languages}. */
  public boolean hasLanguages(java.util.Collection<String> languages) {
    return messages.keySet().containsAll(languages);
  }

  public Messages messages(String language) {
    return messages.get(language);
  }

  /**
   * Where template {@code name} is read from, for error positions: the theme folder's file when it
   * has one, else the built-in theme's.
   */
  Path templateFile(String name) {
    if (dir != null) {
      Path file = dir.resolve("templates").resolve(name);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return Path.of("(built-in theme)", "templates").resolve(name);
  }

  /**
   * The static assets as (path below assets/, bytes), sorted by path: the built-in theme's and the
   * theme folder's, the folder's file winning on the same path. The built-in theme lists them in
   * assets.txt, since a jar cannot be listed portably.
   */
  public List<Asset> assets() {
    Map<String, Asset> out = new TreeMap<>();
    try {
      builtInAssets().forEach(a -> out.put(a.path(), a));
      folderAssets().forEach(a -> out.put(a.path(), a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out.values());
  }

  /**
   * The theme folder's extra stylesheets: every {@code .css} file of its assets/ but style.css, as
   * paths below assets/ in sorted order. Every page links them after style.css.
   */
  public List<String> stylesheets() {
    return stylesheets;
  }

  private static List<String> stylesheets(Path dir) throws IOException {
    Path assets = dir == null ? null : dir.resolve("assets");
    if (assets == null || !Files.isDirectory(assets)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(assets)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> assets.relativize(file).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".css") && !p.equals("style.css"))
          .sorted()
          .toList();
    }
  }

  private List<Asset> folderAssets() throws IOException {
    List<Asset> out = new ArrayList<>();
    if (dir == null) {
      return out;
    }
    Path assets = dir.resolve("assets");
    if (Files.isDirectory(assets)) {
      try (Stream<Path> walk = Files.walk(assets)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          out.add(
              new Asset(
                  assets.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file)));
        }
      }
    }
    return out;
  }

  private static List<Asset> builtInAssets() throws IOException {
    List<Asset> out = new ArrayList<>();
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
