package dk.evalsite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into version.properties. */
final class VersionProvider implements IVersionProvider {
  static String version() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dk/evalsite/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"evalsite " + version()};
  }
}
