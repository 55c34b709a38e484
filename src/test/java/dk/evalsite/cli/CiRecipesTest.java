package dk.evalsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The CI recipes in examples/ci/ are valid YAML, fetch the whole history, and call only commands
 * and options evalsite has.
 */
class CiRecipesTest {
  private static final Pattern CALL = Pattern.compile("java -jar evalsite\\.jar (\\w+)([^\\n>]*)");

  /** Every string anywhere in the document. */
  private static void strings(Object node, List<String> out) {
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(v -> strings(v, out));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> strings(v, out));
    } else if (node != null) {
      out.add(node.toString());
    }
  }

  private static List<String> calls(String file) throws Exception {
    Object doc = new Yaml().load(Files.readString(Path.of("examples/ci", file)));
    assertThat(doc).as(file).isInstanceOf(Map.class);
    List<String> texts = new ArrayList<>();
    strings(doc, texts);
    List<String> calls = new ArrayList<>();
    CommandLine cli = Main.commandLine();
    for (String text : texts) {
      Matcher m = CALL.matcher(text);
      while (m.find()) {
        String command = m.group(1);
        calls.add(command);
        CommandLine sub = cli.getSubcommands().get(command);
        assertThat(sub).as("%s calls `%s`", file, command).isNotNull();
        Matcher option = Pattern.compile("(--[a-z-]+)").matcher(m.group(2));
        while (option.find()) {
          assertThat(sub.getCommandSpec().findOption(option.group(1)))
              .as("%s: %s %s", file, command, option.group(1))
              .isNotNull();
        }
      }
    }
    return calls;
  }

  @Test
  void githubActionsChecksBuildsDiffsAndFetchesTheWholeHistory() throws Exception {
    assertThat(calls("github-actions.yml")).contains("check", "build", "diff");
    assertThat(Files.readString(Path.of("examples/ci/github-actions.yml")))
        .contains("fetch-depth: 0")
        .contains("--format markdown")
        .contains("gh pr comment");
  }

  @Test
  void gitlabCiChecksBuildsDiffsAndFetchesTheWholeHistory() throws Exception {
    assertThat(calls("gitlab-ci.yml")).contains("check", "build", "diff");
    Map<String, Object> doc =
        new Yaml().load(Files.readString(Path.of("examples/ci/gitlab-ci.yml")));
    assertThat(((Map<?, ?>) doc.get("variables")).get("GIT_DEPTH")).isEqualTo("0");
  }

  @Test
  void theReadmeShowsBothRecipes() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains("examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml");
  }
}
