package dk.evalsite.site;

import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.content.SiteSources;
import dk.evalsite.incremental.Checksum;
import dk.evalsite.incremental.InputSums;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stage settings: loads site.yaml and scoring.yaml, and declares what every unit depends on (those
 * two files, the theme, the options, evalsite itself) as one site-wide input of the unit cache.
 */
final class LoadSettings implements Stage<SiteSources, Settings> {
  private final BuildContext context;

  LoadSettings(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<Settings> run(SiteSources sources) {
    // Summed up before they are read: a file saved during the build differs from what it records.
    String settings =
        InputSums.contents(sources.siteFile()) + InputSums.contents(sources.scoringFile());
    Optional<SiteConfig> config =
        new SiteConfigLoader(context.diagnostics()).load(sources.siteFile());
    Optional<ScoringRules> rules =
        new ScoringRulesLoader(context.diagnostics()).load(sources.scoringFile());
    if (config.isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    context.cache().siteInput("site", siteWide(settings, config.get().theme()));
    return Optional.of(new Settings(sources, config.get(), rules.get()));
  }

  /**
   * What every unit shares: site.yaml, scoring.yaml, the theme, the options, evalsite itself, and
   * where the build runs (positions of kept warnings are relative to it).
   */
  private String siteWide(String settings, Path theme) {
    return Checksum.of(
        String.join(
            "\n",
            settings,
            theme == null ? "built-in" : InputSums.contents(theme),
            "drafts=" + context.drafts(),
            "pdf=" + context.pdf(),
            InputFingerprint.code(),
            Path.of("").toAbsolutePath().toString(),
            context.source().toString()));
  }
}
