package dk.evalsite.site;

import dk.evalsite.content.ContentScanner;
import dk.evalsite.content.SiteSources;
import java.nio.file.Path;
import java.util.Optional;

/** Stage scan: a sorted walk of the content folder finds the site's input files. */
final class Scan implements Stage<Path, SiteSources> {
  private final BuildContext context;

  Scan(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<SiteSources> run(Path source) {
    return new ContentScanner(context.diagnostics()).scan(source);
  }
}
