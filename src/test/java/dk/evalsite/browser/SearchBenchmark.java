package dk.evalsite.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search of a built site in headless Chromium, served over HTTP with the browser cache off: for
 * each query, RUNS times on a freshly loaded page, the time from the first focus of the search box
 * to the first result shown (loading the engine, the stemmers and every index shard included), the
 * JS heap then (performance.memory, precise), and a second search's time once loaded. Prints
 * medians. Run by bench/search, not by the test suite.
 *
 * <p>Usage: SearchBenchmark SITE_DIR RUNS QUERY...
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    List<String> queries = List.of(args).subList(2, args.length);
    Path tmp = Files.createTempDirectory("search-bench");
    try (SiteServer server = new SiteServer(site)) {
      ChromeDriver driver = Chromium.start(tmp, List.of("--enable-precise-memory-info"));
      try {
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        for (String query : queries) {
          List<Double> first = new ArrayList<>();
          List<Double> all = new ArrayList<>();
          List<Double> again = new ArrayList<>();
          List<Double> heap = new ArrayList<>();
          List<Double> heapBefore = new ArrayList<>();
          long hits = 0;
          for (int r = 0; r < runs; r++) {
            driver.get(server.url("index.html").toString());
            double before = heap(driver);
            @SuppressWarnings("unchecked")
            Map<String, Object> out =
                (Map<String, Object>)
                    ((JavascriptExecutor) driver).executeAsyncScript(SCRIPT, query);
            if (out.containsKey("error")) {
              throw new IllegalStateException(String.valueOf(out.get("error")));
            }
            first.add(((Number) out.get("first")).doubleValue());
            all.add(((Number) out.get("all")).doubleValue());
            again.add(((Number) out.get("again")).doubleValue());
            heap.add(heap(driver) / 1e6);
            heapBefore.add(before / 1e6);
            hits = ((Number) out.get("hits")).longValue();
          }
          System.out.printf(
              "query %-28s hits %6d  first results %7.0f ms (min %.0f, max %.0f)"
                  + "  every shard in %7.0f ms  next search %6.1f ms"
                  + "  JS heap %6.1f MB (before the focus: %.1f MB)%n",
              "\"" + query + "\"",
              hits,
              median(first),
              Collections.min(first),
              Collections.max(first),
              median(all),
              median(again),
              median(heap),
              median(heapBefore));
        }
      } finally {
        driver.quit();
      }
    }
  }

  /** The JS heap in use after a full garbage collection, in bytes. */
  private static double heap(ChromeDriver driver) {
    driver.executeCdpCommand("HeapProfiler.enable", Map.of());
    driver.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
    return ((Number)
            ((JavascriptExecutor) driver).executeScript("return performance.memory.usedJSHeapSize"))
        .doubleValue();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Types the query as a reader would and waits for the first result link. */
  private static final String SCRIPT =
      """
      const done = arguments[arguments.length - 1];
      const query = arguments[0];
      const form = document.querySelector('form[data-search]');
      const input = form.querySelector('input[type=search]');
      const results = form.querySelector('[data-search-results]');
      const t0 = performance.now();
      const finish = () => {
        const first = performance.now() - t0;
        const whole = () => {
          if (!window.evalsiteSearch.loaded()) { setTimeout(whole, 10); return; }
          const all = performance.now() - t0;
          const hits = window.evalsiteSearch.search(query).length;
          const t1 = performance.now();
          window.evalsiteSearch.search(query);
          const again = performance.now() - t1;
          setTimeout(() => done({ first, all, again, hits }), 0);
        };
        whole();
      };
      new MutationObserver((m, obs) => {
        if (results.querySelector('a')) { obs.disconnect(); finish(); }
      }).observe(results, { childList: true, subtree: true });
      setTimeout(() => done({ error: 'no result within 280 s' }), 280000);
      input.focus();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      """;
}
