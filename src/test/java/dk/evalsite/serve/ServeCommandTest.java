package dk.evalsite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The real command in its own JVM: serves, and stops cleanly on Ctrl-C (SIGINT/SIGTERM). */
class ServeCommandTest {
  @Test
  void stopsCleanlyOnInterrupt() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Djava.awt.headless=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dk.evalsite.cli.Main",
                    "serve",
                    "--source",
                    "content",
                    "--port",
                    "0"))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder log = new StringBuilder();
    int port = -1;
    Pattern serving = Pattern.compile("Serving http://127\\.0\\.0\\.1:(\\d+)/");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (port < 0 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
      log.append(line).append('\n');
      Matcher m = serving.matcher(line);
      if (m.find()) {
        port = Integer.parseInt(m.group(1));
      }
    }
    assertThat(port).as(log.toString()).isPositive();
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);

    // Ctrl-C is SIGINT to the process.
    new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    while ((line = out.readLine()) != null) {
      log.append(line).append('\n');
    }
    assertThat(log.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    int closed = port;
    assertThatThrownBy(() -> new Socket("127.0.0.1", closed).close())
        .isInstanceOf(java.io.IOException.class);
  }
}
