package dk.evalsite.site;

import dk.evalsite.config.ScoringRules;
import dk.evalsite.config.SiteConfig;
import dk.evalsite.content.Chapter;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownReader;
import dk.evalsite.content.MarkdownRenderer;
import dk.evalsite.content.Page;
import dk.evalsite.content.SiteSources;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostic;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Scorer;
import dk.evalsite.site.BuildCache.Unit;
import dk.evalsite.validate.ReportChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the units of a build (each report with its narratives, each documentation page) on all
 * cores, or takes a unit as the last build left it when its inputs are unchanged (see {@link
 * BuildCache}); reuses what the preview's {@link BuildMemo} holds.
 */
final class UnitLoader {
  private final Diagnostics diagnostics;
  private final boolean drafts;
  private final BuildMemo memo;
  private final Progress progress;
  private final MarkdownRenderer markdownRenderer = new MarkdownRenderer();

  UnitLoader(BuildContext context) {
    this.diagnostics = context.diagnostics();
    this.drafts = context.drafts();
    this.memo = context.memo();
    this.progress = context.progress();
  }

  /** A report loaded, checked and scored, with its narratives. */
  record ScoredReport(ReportScore score, Map<Chapter, MarkdownDocument> narratives) {}

  /** A report of this build: loaded now ({@code fresh}), or kept as the last build left it. */
  record ReportUnit(
      String slug,
      Path dir,
      String stamp,
      String content,
      ScoredReport fresh,
      List<Diagnostic> own,
      Unit kept) {}

  /** A documentation page of this build: loaded now, or kept as the last build left it. */
  record PageUnit(
      SiteSources.PageSource source,
      String stamp,
      String content,
      Page fresh,
      List<Diagnostic> own,
      Unit kept) {

    BuildCache.PageMeta meta() {
      return kept != null
          ? kept.page()
          : fresh == null
              ? null
              : new BuildCache.PageMeta(fresh.path(), fresh.title(), fresh.weight(), fresh.draft());
    }
  }

  List<PageUnit> loadPages(SiteSources sources, BuildCache usable, OutputSink sink) {
    int total = sources.pages().size();
    AtomicInteger loaded = new AtomicInteger();
    return sources.pages().parallelStream()
        .map(
            ps -> {
              BuildMemo.PageEntry known = memo.pages.get(ps.file());
              String stamp =
                  known != null && memo.knownUnchanged(ps.file())
                      ? known.stamp()
                      : BuildMemo.stamp(ps.file()) + ps.path();
              Reuse reuse = reuse(usable.page(ps.path()), stamp, ps.file(), sink);
              if (reuse.kept() != null) {
                return new PageUnit(ps, stamp, reuse.content(), null, List.of(), reuse.kept());
              }
              BuildMemo.PageEntry entry = memoPage(ps, stamp);
              return new PageUnit(
                  ps, stamp, reuse.content(), entry.page().orElse(null), entry.diagnostics(), null);
            })
        .peek(p -> progress.step("loading pages", loaded.incrementAndGet(), total))
        .toList();
  }

  List<ReportUnit> loadReports(
      SiteSources sources,
      SiteConfig config,
      ScoringRules rules,
      BuildCache usable,
      OutputSink sink) {
    ReportChecker checker = new ReportChecker(rules, diagnostics);
    Scorer scorer = new Scorer(rules);
    int total = sources.reports().size();
    AtomicInteger loaded = new AtomicInteger();
    return sources.reports().parallelStream()
        .map(
            rs -> {
              BuildMemo.ReportEntry known = memo.reports.get(rs.slug());
              String stamp =
                  known != null && memo.knownUnchanged(rs.dir())
                      ? known.stamp()
                      : BuildMemo.stamp(rs.dir());
              Reuse reuse = reuse(usable.report(rs.slug()), stamp, rs.dir(), sink);
              ReportUnit unit;
              if (reuse.kept() != null) {
                unit =
                    new ReportUnit(
                        rs.slug(), rs.dir(), stamp, reuse.content(), null, List.of(), reuse.kept());
              } else {
                BuildMemo.ReportEntry entry = memoReport(rs, stamp, config, checker, scorer);
                unit =
                    new ReportUnit(
                        rs.slug(),
                        rs.dir(),
                        stamp,
                        reuse.content(),
                        entry.report().orElse(null),
                        entry.diagnostics(),
                        null);
              }
              progress.step("loading reports", loaded.incrementAndGet(), total);
              return unit;
            })
        .toList();
  }

  /**
   * The unit of the last build if it can stand for this one, and the checksum of its inputs now
   * (empty when the sink keeps no cache). The checksum is taken before the inputs are loaded, so a
   * file saved during the build differs from what this build records.
   */
  private record Reuse(Unit kept, String content) {}

  /**
   * Reuses {@code last} when its inputs ({@code input} and every file it copies) are unchanged, by
   * stamp or else by content, and every file it wrote is still in the output folder as written.
   */
  private static Reuse reuse(Optional<Unit> last, String stamp, Path input, OutputSink sink) {
    if (!sink.persists()) {
      return new Reuse(null, "");
    }
    Unit unit =
        last.filter(
                u ->
                    u.outputs().stream().allMatch(o -> sink.holds(o.path(), o.hash()))
                        && u.copied().stream()
                            .allMatch(c -> sink.holds(c.path(), c.hash()) && unchanged(c)))
            .orElse(null);
    String now = BuildCache.key(stamp);
    if (unit != null && unit.stamp().equals(now)) {
      return new Reuse(unit, unit.content());
    }
    String content = InputFingerprint.contents(input);
    return unit != null && unit.content().equals(content)
        ? new Reuse(unit.withStamp(now), content)
        : new Reuse(null, content);
  }

  private static boolean unchanged(BuildCache.Copied copied) {
    Path source = Path.of(copied.source());
    if (Files.isSymbolicLink(source)) {
      return false; // a clean build refuses it: let this one load the unit and say so
    }
    if (BuildMemo.stamp(source).equals(copied.stamp())) {
      return true;
    }
    try {
      return Checksum.of(Files.readAllBytes(source)).equals(copied.hash());
    } catch (IOException e) {
      return false;
    }
  }

  /** A page as loaded by an earlier build in this JVM while its stamp is unchanged, else now. */
  private BuildMemo.PageEntry memoPage(SiteSources.PageSource ps, String stamp) {
    BuildMemo.PageEntry cached = memo.pages.get(ps.file());
    if (cached != null && cached.stamp().equals(stamp)) {
      return cached;
    }
    Diagnostics own = new Diagnostics();
    Optional<Page> page = new MarkdownReader(markdownRenderer, own).page(ps);
    BuildMemo.PageEntry entry = new BuildMemo.PageEntry(stamp, page, own.all());
    memo.remember(ps.file(), entry);
    return entry;
  }

  /** A report as loaded by an earlier build in this JVM while its stamp is unchanged, else now. */
  private BuildMemo.ReportEntry memoReport(
      SiteSources.ReportSources rs,
      String stamp,
      SiteConfig config,
      ReportChecker checker,
      Scorer scorer) {
    BuildMemo.ReportEntry cached = memo.reports.get(rs.slug());
    if (cached != null && cached.stamp().equals(stamp)) {
      return cached;
    }
    Diagnostics own = new Diagnostics();
    Optional<ScoredReport> report = loadReport(rs, config, checker.with(own), scorer, own);
    BuildMemo.ReportEntry entry = new BuildMemo.ReportEntry(stamp, report, own.all());
    memo.remember(rs.slug(), entry);
    return entry;
  }

  private Optional<ScoredReport> loadReport(
      SiteSources.ReportSources rs,
      SiteConfig config,
      ReportChecker checker,
      Scorer scorer,
      Diagnostics own) {
    MarkdownReader markdown = new MarkdownReader(markdownRenderer, own);
    Optional<Report> report =
        new ReportLoader(own).load(rs.slug(), rs.dataFile(), config.language());
    Map<Chapter, MarkdownDocument> narratives = new EnumMap<>(Chapter.class);
    rs.narratives()
        .forEach(
            (chapter, file) -> markdown.narrative(file).ifPresent(d -> narratives.put(chapter, d)));
    if (report.isEmpty() || (report.get().draft() && !drafts)) {
      return Optional.empty();
    }
    checker.checkData(report.get());
    checker.checkNarratives(report.get(), rs.dir(), narratives);
    if (own.hasErrors()) {
      return Optional.empty();
    }
    ReportScore score = scorer.score(report.get());
    checker.checkScores(score);
    return Optional.of(new ScoredReport(score, narratives));
  }
}
