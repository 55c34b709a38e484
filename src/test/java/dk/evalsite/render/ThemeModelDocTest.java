package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/theme-model.md tells theme authors the truth: it documents every template's root view and
 * every record a template can reach, each with exactly its fields, their types and nullability.
 */
class ThemeModelDocTest {
  private static final Path DOC = Path.of("docs/theme-model.md");
  private static final Path TEMPLATES = Path.of("themes/default/templates");
  private static final Pattern HEADING = Pattern.compile("^### `([^`]+)`(?: receives `(\\w+)`)?");
  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| ([^|]+?) \\| (.*) \\|$");

  /** The doc's sections by their first name: heading line, then body lines. */
  static Map<String, List<String>> sections;

  @BeforeAll
  static void read() throws IOException {
    sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : Files.readAllLines(DOC)) {
      Matcher m = HEADING.matcher(line);
      if (m.find()) {
        current = new ArrayList<>();
        assertThat(sections.put(m.group(1), current))
            .as("two sections for %s", m.group(1))
            .isNull();
      } else if (line.startsWith("#")) {
        current = null;
      }
      if (current != null) {
        current.add(line);
      }
    }
  }

  /** The rows of a section's table: field name → type as documented. */
  private static Map<String, String> documentedFields(String section) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : sections.get(section)) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        assertThat(m.group(3).isBlank()).as("%s.%s has an example", section, m.group(1)).isFalse();
        out.put(m.group(1), m.group(2));
      }
    }
    return out;
  }

  /** A component's fields as the doc must write them: name → `Type` (or null). */
  private static Map<String, String> actualFields(Class<?> record) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      out.put(
          c.getName(),
          "`"
              + typeName(c.getGenericType())
              + "`"
              + (c.isAnnotationPresent(Nullable.class) ? " or null" : ""));
    }
    return out;
  }

  static String typeName(Type type) {
    if (type instanceof ParameterizedType p) {
      return typeName(p.getRawType())
          + Arrays.stream(p.getActualTypeArguments())
              .map(ThemeModelDocTest::typeName)
              .collect(Collectors.joining(", ", "<", ">"));
    }
    return ((Class<?>) type).getSimpleName();
  }

  /** Every view type a template can reach from its root: records and sealed interfaces. */
  static Set<Class<?>> reachable() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    for (Class<?> root : PageModel.class.getPermittedSubclasses()) {
      Arrays.stream(root.getRecordComponents()).forEach(c -> todo.add(c.getGenericType()));
    }
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType p) {
        todo.addAll(Arrays.asList(p.getActualTypeArguments()));
        continue;
      }
      Class<?> c = (Class<?>) type;
      if (!c.getPackageName().equals(PageModel.class.getPackageName()) || !seen.add(c)) {
        continue;
      }
      if (c.isRecord()) {
        Arrays.stream(c.getRecordComponents()).forEach(rc -> todo.add(rc.getGenericType()));
      } else if (c.isSealed()) {
        todo.addAll(Arrays.asList(c.getPermittedSubclasses()));
      } else {
        throw new AssertionError(c + " reaches templates but is neither a record nor sealed");
      }
    }
    return seen;
  }

  static String templateOf(Class<?> root) throws ReflectiveOperationException {
    Constructor<?> canonical =
        root.getDeclaredConstructor(
            Arrays.stream(root.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
    Object[] args =
        Arrays.stream(root.getRecordComponents())
            .map(c -> c.getType() == boolean.class ? (Object) false : null)
            .toArray();
    return ((PageModel) canonical.newInstance(args)).template();
  }

  @Test
  void everyTemplatesRootViewIsDocumentedWithExactlyItsVariables() throws Exception {
    for (Class<?> root : PageModel.class.getPermittedSubclasses()) {
      String template = templateOf(root);
      assertThat(TEMPLATES.resolve(template)).as("%s renders an existing template", root).exists();
      assertThat(sections).as("a section for %s", template).containsKey(template);
      assertThat(sections.get(template).get(0))
          .as("the section of %s names its view", template)
          .isEqualTo("### `" + template + "` receives `" + root.getSimpleName() + "`");
      assertThat(documentedFields(template))
          .as("variables of %s", template)
          .containsExactlyEntriesOf(actualFields(root));
    }
  }

  @Test
  void everyRecordATemplateCanReachIsDocumentedWithExactlyItsFields() {
    for (Class<?> type : reachable()) {
      String name = type.getSimpleName();
      assertThat(sections).as("a section for %s", name).containsKey(name);
      if (type.isRecord()) {
        assertThat(documentedFields(name))
            .as("fields of %s", name)
            .containsExactlyEntriesOf(actualFields(type));
      } else {
        String text = String.join("\n", sections.get(name));
        for (Class<?> sub : type.getPermittedSubclasses()) {
          assertThat(text)
              .as("%s lists %s", name, sub.getSimpleName())
              .contains("`" + sub.getSimpleName() + "`");
        }
      }
    }
  }

  @Test
  void theDocDocumentsNoViewThatDoesNotExistAndEveryTemplateFile() throws IOException {
    Set<String> views = reachable().stream().map(Class::getSimpleName).collect(Collectors.toSet());
    List<String> templates;
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      templates = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String section : sections.keySet()) {
      assertThat(views.contains(section) || templates.contains(section))
          .as("`%s` in the doc is a view or a template", section)
          .isTrue();
    }
    assertThat(sections.keySet()).containsAll(templates);
  }

  @Test
  void theTypeNamesReadAsTheDocWritesThem() throws NoSuchFieldException {
    assertThat(typeName(PageInfoView.class.getRecordComponents()[7].getGenericType()))
        .isEqualTo("List<NavItemView>");
    assertThat(typeName(DocPageView.class.getRecordComponents()[2].getGenericType()))
        .isEqualTo("Map<String, String>");
    assertThat(actualFields(CrumbView.class))
        .containsExactly(Map.entry("title", "`String`"), Map.entry("url", "`String` or null"));
  }
}
