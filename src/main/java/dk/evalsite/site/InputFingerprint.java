package dk.evalsite.site;

import dk.evalsite.incremental.Checksum;
import dk.evalsite.incremental.InputSums;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * One checksum of everything a build reads: every file of the content folder and of the theme (by
 * path, size and modification time, as make and Hugo judge changes), evalsite's own code, and the
 * build's options. Equal fingerprints mean the output would be byte for byte the same, and the
 * build has nothing to do.
 */
final class InputFingerprint {
  private InputFingerprint() {}

  static String of(Path source, Path theme, String options) {
    StringBuilder all = new StringBuilder();
    all.append("evalsite:").append(code()).append('\n');
    all.append("options:").append(options).append('\n');
    all.append("content:").append(source.toAbsolutePath().normalize()).append('\n');
    all.append(InputSums.stampOf(source)).append('\n');
    all.append("theme:").append(theme == null ? "built-in" : InputSums.stampOf(theme)).append('\n');
    return Checksum.of(all.toString());
  }

  /** The stamp of evalsite's own code: new code must rebuild the site. */
  static String code() {
    return InputSums.stampOf(codeLocation());
  }

  /** The jar (or classes folder) evalsite runs from. */
  private static Path codeLocation() {
    try {
      return Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("unknown-code-location");
    }
  }
}
