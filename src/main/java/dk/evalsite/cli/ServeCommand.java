package dk.evalsite.cli;

import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalsite serve}: a live preview that rebuilds on every save. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Previews the site at http://HOST:PORT/, rebuilding in memory on every save and "
            + "reloading open pages. Problems show as an overlay in the browser. Never writes site/.",
    footer = ExitCodes.HELP)
final class ServeCommand implements Callable<Integer> {
  @Mixin SourceOption content;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--host",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host = "127.0.0.1";

  @Option(
      names = "--drafts",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Show reports and pages marked `draft: true`, with a draft banner (default: on; "
              + "--no-drafts previews the site as it will be published).")
  boolean drafts;

  @Option(names = "--open", description = "Open the site in the default browser.")
  boolean open;

  @Mixin GitDatesOption dates;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("error: --port must be between 0 and 65535");
      err.flush();
      return ExitCodes.USAGE;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (IOException e) {
      err.println("error: cannot listen on `" + host + "`: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "warning: serving on "
              + host
              + ", so other machines on the network can read your "
              + "unpublished drafts. Use --host 127.0.0.1 to keep the preview to this machine.");
    }
    List<Path> roots = new ArrayList<>(List.of(content.source));
    new SiteConfigLoader(new Diagnostics())
        .load(content.source.resolve("site.yaml"))
        .map(config -> config.theme())
        .filter(t -> t != null)
        .ifPresent(roots::add);
    Path cwd = Path.of("").toAbsolutePath();
    PreviewServer server =
        new PreviewServer(
            content.source,
            line -> {
              out.println(line);
              out.flush();
            },
            drafts,
            dates.gitDates);
    InetSocketAddress bound;
    try {
      bound = server.start(host, port, roots, cwd);
    } catch (java.net.BindException e) {
      server.close();
      err.println(
          "error: port "
              + port
              + " is in use. Try another with --port, or --port 0 for any free one.");
      err.flush();
      return ExitCodes.USAGE;
    }
    new DiagnosticPrinter(err, common.color(), cwd).print(server.problemsAsDiagnostics());
    String url =
        "http://"
            + (bound.getAddress().isAnyLocalAddress() ? "localhost" : host)
            + ":"
            + bound.getPort()
            + "/";
    out.println(
        "Serving "
            + url
            + " (watching "
            + String.join(", ", roots.stream().map(Path::toString).toList())
            + "). Press Ctrl-C to stop.");
    out.flush();
    if (open) {
      Browser.open(url, err);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (IOException e) {
                    // stopping anyway
                  }
                  stopped.countDown();
                },
                "evalsite-stop"));
    stopped.await();
    return ExitCodes.OK;
  }
}
