package dk.evalsite.site;

import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.SiteSources;

/** The site's input files, as scanned, with site.yaml and scoring.yaml loaded. */
record Settings(SiteSources sources, SiteConfig config, ScoringRules rules) {}
