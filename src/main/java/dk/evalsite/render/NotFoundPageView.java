package dk.evalsite.render;

import java.util.List;
import java.util.Map;

/**
 * The model of {@code 404.ftlh}: the page a web server shows for a missing address, with links to
 * the front page and every report. Its links start at the site's root path, because a server shows
 * it at any depth. See docs/theme-model.md.
 */
record NotFoundPageView(
    SiteView site, PageInfoView page, Map<String, String> msg, List<LinkView> reports)
    implements PageModel {
  @Override
  public String template() {
    return "404.ftlh";
  }
}
