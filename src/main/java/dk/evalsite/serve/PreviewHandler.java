package dk.evalsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers GET and HEAD from the current snapshot. HTML pages get the live-reload script and, while
 * the latest build has errors, the overlay. Never lists folders.
 */
final class PreviewHandler implements HttpHandler {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml; charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"));

  private final Supplier<Snapshot> snapshot;
  private final Overlay overlay;
  private final LiveReload live;

  PreviewHandler(Supplier<Snapshot> snapshot, Overlay overlay, LiveReload live) {
    this.snapshot = snapshot;
    this.overlay = overlay;
    this.live = live;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String raw = exchange.getRequestURI().getRawPath();
    if (LiveReload.EVENTS.equals(raw) && exchange.getRequestMethod().equals("GET")) {
      live.connect(exchange); // stays open: LiveReload owns the stream from here
      return;
    }
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD.\n"), head);
        return;
      }
      if (LiveReload.SCRIPT.equals(raw)) {
        send(exchange, 200, TYPES.get("js"), bytes(LiveReload.CLIENT), head);
        return;
      }
      serveFile(exchange, raw, head);
    }
  }

  private void serveFile(HttpExchange exchange, String raw, boolean head) throws IOException {
    RequestPaths.Resolved resolved = RequestPaths.resolve(raw);
    if (resolved instanceof RequestPaths.Refused) {
      send(exchange, 403, "text/plain; charset=utf-8", bytes("Forbidden.\n"), head);
      return;
    }
    String path = ((RequestPaths.File) resolved).path();
    Snapshot current = snapshot.get();
    byte[] body = current.files().get(path);
    if (body == null && current.files().containsKey(path + "/index.html")) {
      exchange.getResponseHeaders().set("Location", raw + "/");
      send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved.\n"), head);
      return;
    }
    boolean html = path.endsWith(".html");
    if (body == null && !(html && current.files().isEmpty() && current.hasErrors())) {
      send(
          exchange,
          404,
          "text/html; charset=utf-8",
          decorate(current.files().getOrDefault("404.html", bytes(notFound(path))), current),
          head);
      return;
    }
    if (body == null) {
      body =
          bytes(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>evalsite</title></head><body></body></html>");
    }
    String type = TYPES.getOrDefault(extension(path), "application/octet-stream");
    send(exchange, 200, type, html ? decorate(body, current) : body, head);
  }

  /** Adds the live-reload script, and the overlay while the latest build has problems. */
  private byte[] decorate(byte[] page, Snapshot current) {
    String html = new String(page, StandardCharsets.UTF_8);
    String extra =
        (current.hasErrors() ? overlay.html(current.problems()) : "")
            + "<script src=\""
            + LiveReload.SCRIPT
            + "\" defer></script>";
    int end = html.lastIndexOf("</body>");
    html = end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
    return bytes(html);
  }

  private static String notFound(String path) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
        + "<body><h1>Not found</h1><p>"
        + Overlay.escape(path)
        + " is not part of the site.</p>"
        + "<p><a href=\"/\">Go to the site index</a></p></body></html>";
  }

  private static void send(
      HttpExchange exchange, int status, String type, byte[] body, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
