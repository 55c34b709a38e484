package dk.evalsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests are sent as raw bytes over a socket, so no client library normalises the traversal
 * attempts away before they reach the server.
 */
class PreviewSecurityTest {
  @TempDir static Path tmp;
  static PreviewServer server;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    Path content = tmp.resolve("content");
    Files.createDirectories(content.resolve("pages"));
    Files.writeString(content.resolve("site.yaml"), "title: Test\nlanguage: da\n");
    Files.copy(Path.of("content/scoring.yaml"), content.resolve("scoring.yaml"));
    Files.writeString(content.resolve("pages/om.md"), "---\ntitle: Om\n---\nHej.\n");
    Files.writeString(tmp.resolve("secret.txt"), "---\ntitle: Secret\n---\nTOP SECRET\n");
    server = new PreviewServer(content, line -> {}, true);
    port = server.start("127.0.0.1", 0, List.of(content), tmp).getPort();
    // After a good build, a symbolic link leading out of the content appears.
    Files.createSymbolicLink(content.resolve("pages/secret.md"), tmp.resolve("secret.txt"));
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!request("GET", "/om.html").contains("E-CONTENT-004") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static String request(String method, String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static int status(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "/../secret.txt, 403",
    "/%2e%2e/secret.txt, 403",
    "/%2E%2E/%2e%2e/etc/passwd, 403",
    "/pages/..%2f..%2fsecret.txt, 403",
    "/..%5csecret.txt, 403",
    "/x\\..\\secret.txt, 400", // not a valid request target: the HTTP layer refuses it
    "/%00index.html, 403",
    "/pages%2Fom.html, 403",
    "/%c0%ae%c0%ae/secret.txt, 403",
    "/%zz, 400", // malformed escape: refused by the HTTP layer before any lookup
    "//etc/passwd, 404",
    "/etc/passwd, 404",
    "/C:/Windows/win.ini, 403",
    "/secret.html, 404",
    "/secret.txt, 404",
  })
  void refusesEveryWayOutOfTheSite(String target, int expected) throws IOException {
    String response = request("GET", target);
    assertThat(status(response)).as(target).isEqualTo(expected);
    assertThat(response).doesNotContain("TOP SECRET");
  }

  @Test
  void answersOnlyGetAndHead() throws IOException {
    for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH")) {
      String response = request(method, "/index.html");
      assertThat(status(response)).as(method).isEqualTo(405);
      assertThat(response).contains("Allow: GET, HEAD");
    }
  }

  @Test
  void headSendsHeadersWithoutABody() throws IOException {
    String response = request("HEAD", "/om.html");
    assertThat(status(response)).isEqualTo(200);
    assertThat(response)
        .containsIgnoringCase("Content-Type: text/html; charset=utf-8")
        .containsIgnoringCase("Content-Length: ");
    assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).isEmpty();
  }

  @Test
  void servesCorrectContentTypesWithCharset() throws IOException {
    assertThat(request("GET", "/assets/style.css"))
        .containsIgnoringCase("Content-Type: text/css; charset=utf-8");
    assertThat(request("GET", "/__evalsite/live.js"))
        .containsIgnoringCase("Content-Type: text/javascript; charset=utf-8");
    assertThat(request("GET", "/assets/evalsite-chart.ttf"))
        .containsIgnoringCase("Content-Type: font/ttf");
    assertThat(request("GET", "/om.html")).containsIgnoringCase("X-Content-Type-Options: nosniff");
  }

  @Test
  void neverListsAFolder() throws IOException {
    String response = request("GET", "/assets/");
    assertThat(status(response)).isEqualTo(404);
    // The site's 404 page links style.css and the favicon; a listing would name every file.
    assertThat(response).doesNotContain("evalsite-chart.ttf");
  }

  @Test
  void aSymlinkOutOfTheContentIsAnErrorAndNeverServed() throws IOException {
    String page = request("GET", "/om.html");
    assertThat(page)
        .contains("evalsite-overlay")
        .contains("E-CONTENT-004")
        .doesNotContain("TOP SECRET");
  }
}
