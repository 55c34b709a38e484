package dk.evalsite.content;

/**
 * Splits "---" front matter off a Markdown file. {@code bodyLine} is the 0-based line where the
 * body starts, so positions in the body can be reported as lines of the file.
 */
public record FrontMatter(String yaml, String body, int bodyLine) {

  public static FrontMatter split(String text) {
    if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
      return new FrontMatter(null, text, 0);
    }
    int line = 1;
    int pos = text.indexOf('\n') + 1;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      String current = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
      if (current.equals("---")) {
        String yaml = text.substring(text.indexOf('\n') + 1, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new FrontMatter(yaml, body, line + 1);
      }
      line++;
      if (end < 0) {
        break;
      }
      pos = end + 1;
    }
    // No closing line: treat the whole file as body so the author sees it rendered.
    return new FrontMatter(null, text, 0);
  }

  public boolean hasYaml() {
    return yaml != null;
  }
}
