package dk.evalsite.content;

import dk.evalsite.config.LocalText;
import dk.evalsite.config.Translation;

/**
 * A documentation page: its site path ("om"), front matter and rendered body. {@code title} is one
 * text or one per language (the menu of a page in another language shows that language's); {@code
 * language} is null when the front matter leaves it to site.yaml; {@code translation} names the
 * same page in another language, or is null. {@code description} is the front matter's, null
 * without one. {@code dates} are the ones its front matter states ({@code date:}, {@code
 * updated:}), then filled from git.
 */
public record Page(
    String path,
    LocalText title,
    String description,
    String language,
    int weight,
    boolean draft,
    Translation translation,
    MarkdownDocument document,
    dk.evalsite.history.Dates dates) {

  public Page withDates(dk.evalsite.history.Dates newDates) {
    return new Page(
        path, title, description, language, weight, draft, translation, document, newDates);
  }
}
