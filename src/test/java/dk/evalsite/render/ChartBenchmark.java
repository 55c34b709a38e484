package dk.evalsite.render;

import dk.evalsite.charts.ChartRenderer;
import dk.evalsite.charts.ChartSpec;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.ScoringRulesLoader;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Scorer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark, not a test: median time to build and draw each chart kind of the reference report in a
 * warm JVM. Run with {@code bench/charts} (or give the content folder and the number of timed runs
 * as arguments).
 */
public final class ChartBenchmark {
  private ChartBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Diagnostics d = new Diagnostics();
    ScoringRules rules =
        new ScoringRulesLoader(d).load(content.resolve("scoring.yaml")).orElseThrow();
    Report report =
        new ReportLoader(d)
            .load("social-inklusion", content.resolve("reports/social-inklusion/report.yaml"), "da")
            .orElseThrow();
    ReportScore score = new Scorer(rules).score(report);
    Messages msg;
    try (var in =
        java.nio.file.Files.newInputStream(Path.of("themes/default/i18n/messages_da.properties"))) {
      msg = Messages.load("da", in);
    }
    ChartViews views = new ChartViews(score, rules, msg, new Formats("da"));
    ChartRenderer renderer = new ChartRenderer();
    var region = score.regions().get(0);
    Map<String, Supplier<ChartSpec>> kinds = new LinkedHashMap<>();
    kinds.put("attainment (output, 4 goals)", () -> views.attainment("a", GoalKind.OUTPUT, region));
    kinds.put("attainment (effect, 8 goals)", () -> views.attainment("e", GoalKind.EFFECT, region));
    kinds.put("implementation", () -> views.implementation("i"));
    kinds.put("budget and time", () -> views.budget("b", region));
    kinds.put("survey", () -> views.survey("s", score.survey().sections().get(0)));
    kinds.put("effect chain", () -> views.effectChain("c"));
    kinds.put(
        "portfolio",
        () ->
            ChartViews.portfolio(
                java.util.List.of(dk.evalsite.scoring.ReportSummary.of(score)), msg));
    System.out.printf(
        Locale.ROOT, "%-30s %10s %10s %10s%n", "chart kind", "median ms", "p90 ms", "runs");
    for (var e : kinds.entrySet()) {
      for (int i = 0; i < runs; i++) {
        renderer.svg(e.getValue().get()); // warm-up
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        renderer.svg(e.getValue().get());
        nanos[i] = System.nanoTime() - t0;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "%-30s %10.3f %10.3f %10d%n",
          e.getKey(),
          nanos[runs / 2] / 1e6,
          nanos[(int) (runs * 0.9)] / 1e6,
          runs);
    }
  }
}
