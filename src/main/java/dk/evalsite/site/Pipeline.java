package dk.evalsite.site;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.content.MarkdownRenderer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The build, stage by stage. Each stage is one class with a typed input and output; each problem it
 * reports is tagged with its name (the JSON output of {@code check} shows it). A new stage is one
 * class and one line here. Which units are rendered and which are kept from the last build is the
 * unit cache's business ({@link BuildContext#cache()}), not the pipeline's.
 */
final class Pipeline {
  private final BuildContext context;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final ChartRenderer charts = new ChartRenderer();

  Pipeline(BuildContext context) {
    this.context = context;
  }

  /** Builds the site into the context's sink; empty when there were errors. */
  Optional<RenderedSite> run(Path source) {
    return stage("scan", new Scan(context), source)
        .flatMap(sources -> stage("settings", new LoadSettings(context), sources))
        .flatMap(settings -> stage("history", new ReadHistory(context), settings))
        .flatMap(settings -> stage("load", new LoadPages(context, markdown), settings))
        .flatMap(site -> stage("load", new LoadReports(context, markdown), site))
        .flatMap(site -> stage("validate", new ValidateReports(context), site))
        .flatMap(site -> stage("score", new ScoreReports(context), site))
        .flatMap(site -> stage("render", new RenderUnits(context, charts), site))
        .flatMap(site -> stage("index", new RenderIndex(context, charts), site))
        .flatMap(site -> stage("data", new WriteOpenData(context), site))
        .flatMap(site -> stage("search", new WriteSearchIndex(context), site))
        .flatMap(site -> stage("assets", new CopyAssets(context), site))
        .flatMap(site -> stage("sitemap", new WriteSitemap(context), site))
        .flatMap(site -> stage("links", new CheckLinks(context), site))
        .flatMap(site -> stage("pdf", new MakePdfs(context), site));
  }

  private <I, O> Optional<O> stage(String name, Stage<I, O> stage, I input) {
    context.diagnostics().stage(name);
    try {
      return stage.run(input);
    } finally {
      context.diagnostics().stage("");
    }
  }
}
