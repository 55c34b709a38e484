package dk.evalsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in templates keep to the theme model's rules. */
class BuiltInTemplatesTest {
  private static final Path TEMPLATES = Path.of("themes/default/templates");

  /** `name??` or `name!default` (not `!=`): a test for presence or a default. */
  private static final Pattern GUARD = Pattern.compile("([A-Za-z_]\\w*)(\\?\\?|!(?!=))");

  @Test
  void defaultsAndPresenceTestsAreUsedOnlyOnFieldsThatMayBeNull() throws IOException {
    Set<String> nullable =
        Stream.concat(
                ThemeModelDocTest.reachable().stream(),
                Arrays.stream(PageModel.class.getPermittedSubclasses()))
            .filter(Class::isRecord)
            .flatMap(c -> Arrays.stream(c.getRecordComponents()))
            .filter(c -> c.isAnnotationPresent(Nullable.class))
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    List<String> guarded = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = GUARD.matcher(Files.readString(file));
        while (m.find()) {
          guarded.add(file.getFileName() + ": " + m.group(1));
          assertThat(nullable)
              .as("%s guards `%s` with %s", file.getFileName(), m.group(1), m.group(2))
              .contains(m.group(1));
        }
      }
    }
    assertThat(guarded).as("the guards found").contains("layout.ftlh: canonical");
  }
}
