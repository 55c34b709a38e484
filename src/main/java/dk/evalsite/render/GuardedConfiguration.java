package dk.evalsite.render;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;
import java.io.IOException;
import java.util.Locale;

/**
 * A Freemarker configuration whose templates enter an element on every turn of every loop: it adds
 * Freemarker's thread-interruption check to each loop of each template (the page's and those it
 * imports or includes, which all load through here). The check itself does nothing here; entering
 * it lets {@link RenderGuard} see a loop that writes nothing, and stop it at its line.
 */
final class GuardedConfiguration extends Configuration {
  private static final String GUARDED = "evalsite.guarded";

  GuardedConfiguration(Version version) {
    super(version);
  }

  @Override
  public Template getTemplate(
      String name,
      Locale locale,
      Object customLookupCondition,
      String encoding,
      boolean parseAsFTL,
      boolean ignoreMissing)
      throws IOException {
    Template template =
        super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
    if (template != null) {
      // The cache hands the same Template to every thread; the first to get it adds the checks
      // while the others wait here, so none runs a half-guarded template.
      synchronized (template) {
        if (template.getCustomAttribute(GUARDED) == null) {
          _CoreAPI.addThreadInterruptedChecks(template);
          template.setCustomAttribute(GUARDED, Boolean.TRUE);
        }
      }
    }
    return template;
  }
}
