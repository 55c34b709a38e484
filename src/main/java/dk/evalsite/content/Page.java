package dk.evalsite.content;

/** A documentation page: its site path ("om"), front matter and rendered body. */
public record Page(
    String path, String title, int weight, boolean draft, MarkdownDocument document) {}
