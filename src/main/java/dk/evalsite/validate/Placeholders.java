package dk.evalsite.validate;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders {@code evalsite new} writes ("TODO"), so {@code check} lists every value
 * still to fill in (W-TODO-001), each at its line and column.
 */
public final class Placeholders {
  private static final Pattern TODO = Pattern.compile("\\bTODO\\b");

  private Placeholders() {}

  /**
   * Warns of each line of {@code file} holding a placeholder. Unreadable files are left to others.
   */
  public static void scan(Path file, Diagnostics diagnostics) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return;
    }
    int line = 0;
    for (String current : text.split("\n", -1)) {
      line++;
      Matcher m = TODO.matcher(current);
      if (m.find()) {
        diagnostics.warning(
            "W-TODO-001",
            new SourcePos(file, line, m.start() + 1),
            "a placeholder to fill in: `" + abbreviate(current.strip()) + "`",
            "Replace the TODO with the real text or value (and drop the `# TODO` comment).");
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
