package dk.evalsite.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-Sent Events to every open preview page: after each rebuild, which paths changed and
 * whether the build has errors, so a page reloads only when it has something new to show.
 */
final class LiveReload {
  static final String EVENTS = "/__evalsite/events";
  static final String SCRIPT = "/__evalsite/live.js";

  static final String CLIENT =
      """
      (() => {
        const here = () => {
          const p = decodeURIComponent(location.pathname).replace(/^\\//, "");
          return p === "" || p.endsWith("/") ? p + "index.html" : p;
        };
        const hadErrors = document.getElementById("evalsite-overlay") !== null;
        const events = new EventSource("%s");
        events.addEventListener("build", (e) => {
          const build = JSON.parse(e.data);
          if (build.errors !== hadErrors || build.changed.includes(here())) {
            location.reload();
          }
        });
      })();
      """
          .formatted(EVENTS);

  private final List<OutputStream> clients = new ArrayList<>();

  void connect(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    synchronized (clients) {
      clients.add(out);
    }
  }

  void announce(Snapshot snapshot) {
    StringBuilder json = new StringBuilder("{\"generation\":").append(snapshot.generation());
    json.append(",\"errors\":").append(snapshot.hasErrors()).append(",\"changed\":[");
    String sep = "";
    for (String path : snapshot.changed().stream().sorted().toList()) {
      json.append(sep)
          .append('"')
          .append(path.replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
      sep = ",";
    }
    json.append("]}");
    send("event: build\ndata: " + json + "\n\n");
  }

  /** A comment line keeps idle connections open through proxies and detects closed tabs. */
  void heartbeat() {
    send(": ping\n\n");
  }

  private void send(String message) {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    synchronized (clients) {
      clients.removeIf(
          out -> {
            try {
              out.write(bytes);
              out.flush();
              return false;
            } catch (IOException e) {
              return true; // the tab was closed
            }
          });
    }
  }

  void closeAll() {
    synchronized (clients) {
      for (OutputStream out : clients) {
        try {
          out.close();
        } catch (IOException e) {
          // already gone
        }
      }
      clients.clear();
    }
  }
}
