package dk.evalsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a real server on a free loopback port, real file edits, real SSE events. */
class PreviewServerTest {
  @TempDir Path tmp;
  Path content;
  PreviewServer server;
  String base;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    content = tmp.resolve("content");
    dk.evalsite.site.TestSites.copyExample(content);
    server = new PreviewServer(content, line -> {}, true);
    var address = server.start("127.0.0.1", 0, List.of(content), tmp);
    base = "http://127.0.0.1:" + address.getPort();
    http.sendAsync(
            HttpRequest.newBuilder(URI.create(base + "/__evalsite/events")).build(),
            HttpResponse.BodyHandlers.ofLines())
        .thenAccept(
            response -> response.body().filter(l -> l.startsWith("data: ")).forEach(events::add));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  String get(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** The next build event whose data contains {@code text}, within 20 s. */
  String awaitEvent(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      String event = events.poll(200, TimeUnit.MILLISECONDS);
      if (event != null && event.contains(text)) {
        return event;
      }
    }
    throw new AssertionError("no build event containing " + text);
  }

  @Test
  void editReloadsBreakShowsTheOverlayFixRecovers() throws Exception {
    Path status = content.resolve("reports/social-inklusion/status.md");
    Files.writeString(status, Files.readString(status) + "\nEn helt ny sætning: MARKØR-1.\n");
    assertThat(awaitEvent("reports/social-inklusion/status.html")).contains("\"errors\":false");
    assertThat(get("/reports/social-inklusion/status.html"))
        .contains("MARKØR-1")
        .doesNotContain("evalsite-overlay");

    Path report = content.resolve("reports/social-inklusion/report.yaml");
    String good = Files.readString(report);
    Files.writeString(report, good.replace("kind: final", "kind: finale"));
    awaitEvent("\"errors\":true");
    String broken = get("/reports/social-inklusion/status.html");
    assertThat(broken)
        .contains("evalsite-overlay")
        .contains("report.yaml:6:7")
        .contains("error[E-DATA-007]")
        .contains("Did you mean `final`?")
        .contains("MARKØR-1"); // the last good page stays underneath

    Files.writeString(report, good);
    awaitEvent("\"errors\":false");
    assertThat(get("/reports/social-inklusion/status.html"))
        .doesNotContain("evalsite-overlay")
        .contains("MARKØR-1");
  }

  @Test
  void seesFilesInFoldersCreatedAfterStart() throws Exception {
    Path page = content.resolve("pages/nyt/side.md");
    Files.createDirectories(page.getParent());
    Files.writeString(page, "---\ntitle: Ny side\n---\nNyt indhold her.\n");
    awaitEvent("nyt/side.html");
    assertThat(get("/nyt/side.html")).contains("Nyt indhold her.");
  }

  @Test
  void injectsTheReloadScriptOnlyIntoPreviewPages() throws Exception {
    assertThat(get("/index.html"))
        .contains("<script src=\"/__evalsite/live.js\" defer></script></body>");
    assertThat(get("/__evalsite/live.js")).contains("new EventSource(\"/__evalsite/events\")");
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
