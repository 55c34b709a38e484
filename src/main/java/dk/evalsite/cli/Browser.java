package dk.evalsite.cli;

import java.io.PrintWriter;

/** Opens a URL in the user's browser, or says why it could not. */
final class Browser {
  private Browser() {}

  static void open(String url, PrintWriter err) {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    String[] command =
        os.contains("mac")
            ? new String[] {"open", url}
            : os.contains("win")
                ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                : new String[] {"xdg-open", url};
    try {
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (java.io.IOException e) {
      err.println(
          "note: could not open a browser ("
              + command[0]
              + " not found); open "
              + url
              + " yourself.");
      err.flush();
    }
  }
}
