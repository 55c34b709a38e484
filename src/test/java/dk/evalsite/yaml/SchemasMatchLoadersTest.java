package dk.evalsite.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Keeps schemas/ in step with the loaders, by behaviour rather than by reading either's source. A
 * maximal file per schema holds every key the schema knows; then, for every mapping in it:
 *
 * <ul>
 *   <li>an unknown key makes the loader list the keys it reads there, which must be exactly the
 *       schema's properties at that place;
 *   <li>removing any key is an error for the loader exactly when it is one for the schema;
 *   <li>emptying any list is an error for the loader exactly when it is one for the schema.
 * </ul>
 */
class SchemasMatchLoadersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KNOWN = Pattern.compile("Known keys here: (.*)\\.$");

  @TempDir Path tmp;

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("site", load((f, d) -> new SiteConfigLoader(d).load(f))),
        Arguments.of("scoring", load((f, d) -> new ScoringRulesLoader(d).load(f))),
        Arguments.of("report", load((f, d) -> new ReportLoader(d).load("r", f, "da"))));
  }

  private static BiConsumer<Path, Diagnostics> load(BiConsumer<Path, Diagnostics> loader) {
    return loader;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theMaximalFileIsValidForLoaderAndSchema(String name, BiConsumer<Path, Diagnostics> loader)
      throws IOException {
    Map<String, Object> doc = fixture(name);
    assertThat(loaderErrors(name, doc, loader)).isEmpty();
    assertThat(SchemaCheck.load(name).validate(JSON.valueToTree(doc))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theMaximalFileUsesEveryKeyOfTheSchema(String name, BiConsumer<Path, Diagnostics> loader)
      throws IOException {
    JsonNode schema = schema(name);
    List<String> missing = new ArrayList<>();
    for (Place place : places(fixture(name))) {
      Set<String> present = new TreeSet<>(place.map(fixture(name)).keySet());
      for (Place other : places(fixture(name))) {
        if (other.schemaPath().equals(place.schemaPath())) {
          present.addAll(other.map(fixture(name)).keySet());
        }
      }
      for (String key : properties(schema, place.schemaPath())) {
        if (!present.contains(key)) {
          missing.add(place.schemaPath() + "/" + key);
        }
      }
    }
    assertThat(missing).as("schema keys the maximal %s.yaml lacks", name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theLoaderReadsExactlyTheKeysTheSchemaAllows(
      String name, BiConsumer<Path, Diagnostics> loader) throws IOException {
    JsonNode schema = schema(name);
    List<String> mismatches = new ArrayList<>();
    for (Place place : places(fixture(name))) {
      Map<String, Object> doc = fixture(name);
      place.map(doc).put("zzprobe", 1);
      Set<String> read = new TreeSet<>();
      for (Diagnostic d : run(name, doc, loader).sorted()) {
        Matcher m = KNOWN.matcher(d.hint());
        if (d.message().contains("`zzprobe`") && m.find()) {
          read.addAll(List.of(m.group(1).split(", ")));
        }
      }
      Set<String> allowed = properties(schema, place.schemaPath());
      if (!read.equals(allowed)) {
        mismatches.add(
            place.schemaPath() + ": loader reads " + read + ", schema allows " + allowed);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aMissingKeyIsAnErrorForTheLoaderExactlyWhenItIsForTheSchema(
      String name, BiConsumer<Path, Diagnostics> loader) throws IOException {
    List<String> mismatches = new ArrayList<>();
    for (Place place : places(fixture(name))) {
      for (String key : place.map(fixture(name)).keySet()) {
        Map<String, Object> doc = fixture(name);
        place.map(doc).remove(key);
        compare(name, doc, loader, "without " + place.path() + "/" + key, mismatches);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void anEmptyListIsAnErrorForTheLoaderExactlyWhenItIsForTheSchema(
      String name, BiConsumer<Path, Diagnostics> loader) throws IOException {
    List<String> mismatches = new ArrayList<>();
    for (Place place : places(fixture(name))) {
      for (Map.Entry<String, Object> e : place.map(fixture(name)).entrySet()) {
        if (e.getValue() instanceof List<?>) {
          Map<String, Object> doc = fixture(name);
          place.map(doc).put(e.getKey(), new ArrayList<>());
          compare(name, doc, loader, "empty " + place.path() + "/" + e.getKey(), mismatches);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private void compare(
      String name,
      Map<String, Object> doc,
      BiConsumer<Path, Diagnostics> loader,
      String what,
      List<String> mismatches)
      throws IOException {
    List<Diagnostic> loaderErrors = loaderErrors(name, doc, loader);
    var schemaErrors = SchemaCheck.load(name).validate(JSON.valueToTree(doc));
    if (loaderErrors.isEmpty() != schemaErrors.isEmpty()) {
      mismatches.add(what + ": loader " + loaderErrors + ", schema " + schemaErrors);
    }
  }

  /** The loader's own errors, without those its schema check adds. */
  private List<Diagnostic> loaderErrors(
      String name, Map<String, Object> doc, BiConsumer<Path, Diagnostics> loader)
      throws IOException {
    return run(name, doc, loader).sorted().stream()
        .filter(Diagnostic::isError)
        .filter(d -> !d.hint().startsWith(SchemaCheck.HINT_PREFIX))
        .toList();
  }

  private Diagnostics run(
      String name, Map<String, Object> doc, BiConsumer<Path, Diagnostics> loader)
      throws IOException {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Path file = tmp.resolve(name + ".yaml");
    Files.writeString(
        file,
        new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options)
            .dump(doc),
        StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics(10_000);
    loader.accept(file, diagnostics);
    return diagnostics;
  }

  /** A fresh, mutable copy of the maximal file; dates are quoted so they stay text. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fixture(String name) throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/schema/" + name + ".yaml"))
            .replace("THEME_DIR", Path.of("themes/default").toAbsolutePath().toString());
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  private static JsonNode schema(String name) throws IOException {
    return JSON.readTree(Path.of("schemas/" + name + ".schema.json").toFile());
  }

  /** A mapping of the document: its steps from the root, and its place in the schema. */
  record Place(List<Object> steps, String path, String schemaPath) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map(Map<String, Object> root) {
      Object node = root;
      for (Object step : steps) {
        node =
            step instanceof Integer i
                ? ((List<Object>) node).get(i)
                : ((Map<String, Object>) node).get(step);
      }
      return (Map<String, Object>) node;
    }
  }

  private static List<Place> places(Map<String, Object> root) {
    List<Place> out = new ArrayList<>();
    walk(root, new ArrayList<>(), "", "", out);
    return out;
  }

  private static void walk(
      Object node, List<Object> steps, String path, String schemaPath, List<Place> out) {
    if (node instanceof Map<?, ?> map) {
      out.add(new Place(List.copyOf(steps), path, schemaPath));
      for (Map.Entry<?, ?> e : map.entrySet()) {
        steps.add(e.getKey());
        walk(e.getValue(), steps, path + "/" + e.getKey(), schemaPath + "/" + e.getKey(), out);
        steps.remove(steps.size() - 1);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        steps.add(i);
        walk(list.get(i), steps, path + "/" + i, schemaPath + "/*", out);
        steps.remove(steps.size() - 1);
      }
    }
  }

  /** The property names the schema allows at {@code schemaPath} ("/regions/*"). */
  private static Set<String> properties(JsonNode schema, String schemaPath) {
    JsonNode node = resolve(schema, schema);
    for (String step : schemaPath.split("/")) {
      if (step.isEmpty()) {
        continue;
      }
      node =
          resolve(schema, step.equals("*") ? node.get("items") : node.get("properties").get(step));
    }
    Set<String> out = new TreeSet<>();
    node.path("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode node) {
    while (node.has("$ref")) {
      JsonNode target = schema;
      for (String part : node.get("$ref").asText().substring(2).split("/")) {
        target = target.get(part);
      }
      node = target;
    }
    return node;
  }
}
