package dk.evalsite.site;

import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.SiteSources;
import dk.evalsite.history.History;

/**
 * The site's input files, as scanned, with site.yaml and scoring.yaml loaded, and what git knows of
 * the files' dates ({@link History#off()} until the history stage reads it).
 */
record Settings(SiteSources sources, SiteConfig config, ScoringRules rules, History history) {

  Settings(SiteSources sources, SiteConfig config, ScoringRules rules) {
    this(sources, config, rules, History.off());
  }

  Settings withHistory(History newHistory) {
    return new Settings(sources, config, rules, newHistory);
  }
}
