package dk.evalsite.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder over HTTP on 127.0.0.1 and a free port, like any static host would, and records
 * every request with the status it got, so tests can tell failed requests apart.
 */
final class SiteServer implements AutoCloseable {
  /** One request the server answered. */
  record Hit(String method, String path, int status) {}

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final List<Hit> hits = new ArrayList<>();

  SiteServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The site's root URL, ending in a slash. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  URI url(String path) {
    return base().resolve(path);
  }

  /** The requests answered since the last call, and forgets them. */
  synchronized List<Hit> drainHits() {
    List<Hit> out = List.copyOf(hits);
    hits.clear();
    return out;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      int status = respond(exchange, path);
      synchronized (this) {
        hits.add(new Hit(exchange.getRequestMethod(), path, status));
      }
    }
  }

  private int respond(HttpExchange exchange, String path) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return send(exchange, 405, "text/plain; charset=utf-8", new byte[0], method);
    }
    Path file = root.resolve(path.substring(1)).normalize();
    if (path.endsWith("/")) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      // As static hosts do (GitHub Pages, Netlify, nginx's error_page): the site's own 404 page.
      Path notFound = root.resolve("404.html");
      if (Files.isRegularFile(notFound)) {
        return send(exchange, 404, contentType(notFound), Files.readAllBytes(notFound), method);
      }
      byte[] body = ("404 Not Found: " + path).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return send(exchange, 404, "text/plain; charset=utf-8", body, method);
    }
    return send(exchange, 200, contentType(file), Files.readAllBytes(file), method);
  }

  private static int send(
      HttpExchange exchange, int status, String type, byte[] body, String method)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = method.equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    return status;
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
