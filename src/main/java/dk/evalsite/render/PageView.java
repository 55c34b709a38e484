package dk.evalsite.render;

/** One page to render: its path in the site and its typed model, which names its template. */
public record PageView(String path, PageModel model) {
  /** The template that renders this page. */
  public String template() {
    return model.template();
  }
}
