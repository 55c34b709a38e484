package dk.evalsite.content;

/**
 * A documentation page: its site path ("om"), front matter and rendered body. {@code description}
 * is the front matter's, null without one.
 */
public record Page(
    String path,
    String title,
    String description,
    int weight,
    boolean draft,
    MarkdownDocument document) {}
