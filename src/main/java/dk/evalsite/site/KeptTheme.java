package dk.evalsite.site;

import dk.evalsite.render.Theme;

/**
 * The theme opened by the last build, kept by the preview while the site-wide inputs are unchanged:
 * opening it costs the templates' parsing on every save otherwise. A build keeps none.
 */
final class KeptTheme {
  private final boolean keeps;
  private String key;
  private Theme theme;

  KeptTheme(boolean keeps) {
    this.keeps = keeps;
  }

  synchronized Theme get(String forKey) {
    return forKey.equals(key) ? theme : null;
  }

  synchronized void put(String forKey, Theme opened) {
    if (keeps) {
      key = forKey;
      theme = opened;
    }
  }
}
