package dk.evalsite.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Crawls a served site over HTTP from its start page, following every same-origin href, src and
 * stylesheet url(): each must answer 200, each #fragment must name an id of its page. Bounded in
 * requests and time; never leaves the site's origin.
 */
final class SiteCrawler {
  /** A URL that failed, where it was found, and why. */
  record Failure(String foundOn, String url, String reason) {
    @Override
    public String toString() {
      return foundOn + " -> " + url + ": " + reason;
    }
  }

  /** The HTML pages reached (paths relative to the site root), everything fetched, failures. */
  record Result(Set<String> pages, Set<String> fetched, List<Failure> failures) {}

  static final int MAX_REQUESTS = 500;

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<URI, Fetched> cache = new HashMap<>();

  private record Fetched(int status, String type, String body) {}

  SiteCrawler(URI base) {
    this.base = base;
  }

  Result crawl(String start) throws IOException, InterruptedException {
    Set<String> pages = new TreeSet<>();
    List<Failure> failures = new ArrayList<>();
    Deque<URI> queue = new ArrayDeque<>();
    Set<URI> seen = new java.util.HashSet<>();
    Map<URI, String> foundOn = new HashMap<>();
    URI first = base.resolve(start);
    queue.add(first);
    seen.add(first);
    foundOn.put(first, "(start)");
    List<Runnable> fragmentChecks = new ArrayList<>();
    while (!queue.isEmpty()) {
      URI url = queue.removeFirst();
      Fetched f = fetch(url);
      String where = foundOn.get(url);
      if (f.status() != 200) {
        failures.add(new Failure(where, relative(url), "HTTP " + f.status()));
        continue;
      }
      List<String> targets = new ArrayList<>();
      if (f.type().startsWith("text/html")) {
        pages.add(relative(url));
        Document doc = Jsoup.parse(f.body(), url.toString());
        for (LinkChecker.Ref ref : LinkChecker.references(doc, relative(url))) {
          targets.add(ref.value());
        }
      } else if (f.type().startsWith("text/css")) {
        targets.addAll(LinkChecker.cssUrls(f.body()));
      }
      for (String target : targets) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (LinkChecker.isExternal(target)
            || lower.startsWith("mailto:")
            || lower.startsWith("tel:")
            || lower.startsWith("data:")) {
          continue;
        }
        URI resolved;
        try {
          resolved = url.resolve(target.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
          failures.add(new Failure(relative(url), target, "not a valid URL"));
          continue;
        }
        if (!sameOrigin(resolved)) {
          failures.add(new Failure(relative(url), target, "leaves the site's origin"));
          continue;
        }
        String fragment = resolved.getFragment();
        URI document = withoutFragment(resolved);
        if (fragment != null && !fragment.isEmpty()) {
          String on = relative(url);
          fragmentChecks.add(() -> checkFragment(on, document, fragment, failures));
        }
        if (seen.add(document)) {
          if (seen.size() > MAX_REQUESTS) {
            throw new IllegalStateException("crawl exceeded " + MAX_REQUESTS + " URLs");
          }
          foundOn.put(document, relative(url));
          queue.add(document);
        }
      }
    }
    fragmentChecks.forEach(Runnable::run);
    Set<String> fetched = new TreeSet<>();
    cache.keySet().forEach(u -> fetched.add(relative(u)));
    return new Result(pages, fetched, failures);
  }

  private void checkFragment(String on, URI document, String fragment, List<Failure> failures) {
    Fetched f = cache.get(document);
    if (f == null || f.status() != 200 || !f.type().startsWith("text/html")) {
      return; // already reported as a failed URL
    }
    Document doc = Jsoup.parse(f.body(), document.toString());
    if (doc.getElementById(fragment) == null
        && doc.selectFirst("a[name=" + fragment + "]") == null) {
      failures.add(new Failure(on, relative(document) + "#" + fragment, "no element with that id"));
    }
  }

  private Fetched fetch(URI url) throws IOException, InterruptedException {
    Fetched cached = cache.get(url);
    if (cached != null) {
      return cached;
    }
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    String type = response.headers().firstValue("Content-Type").orElse("");
    Fetched f =
        new Fetched(
            response.statusCode(), type, new String(response.body(), StandardCharsets.UTF_8));
    cache.put(url, f);
    return f;
  }

  private boolean sameOrigin(URI u) {
    return base.getScheme().equals(u.getScheme())
        && base.getHost().equals(u.getHost())
        && base.getPort() == u.getPort()
        && u.getPath() != null
        && u.getPath().startsWith(base.getPath());
  }

  private static URI withoutFragment(URI u) {
    return URI.create(u.toString().replaceFirst("#.*$", ""));
  }

  private String relative(URI u) {
    return base.relativize(u).toString();
  }
}
