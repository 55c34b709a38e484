package dk.evalsite.history;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The one history walk of a build, timed: {@code bench/history} runs it over a portfolio in a git
 * repository. Prints each run's wall time, then the median; the first run includes JGit's start-up
 * (opening the repository, reading its packs).
 */
public final class HistoryBenchmark {
  private HistoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path content = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long[] millis = new long[runs];
    int files = 0;
    for (int i = 0; i < runs; i++) {
      GitHistory.forget();
      long start = System.nanoTime();
      History h = GitHistory.read(content);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      files = h.files().size();
      System.out.printf("run %d: %d ms (%s, %d files dated)%n", i + 1, millis[i], h.state(), files);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf("median history walk: %d ms over %d files%n", sorted[runs / 2], files);
  }
}
