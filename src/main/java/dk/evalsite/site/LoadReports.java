package dk.evalsite.site;

import dk.evalsite.content.Chapter;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.content.MarkdownReader;
import dk.evalsite.content.MarkdownRenderer;
import dk.evalsite.content.SiteSources.ReportSources;
import dk.evalsite.data.Report;
import dk.evalsite.data.ReportLoader;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.history.Dates;
import dk.evalsite.history.FileSpan;
import dk.evalsite.incremental.UnitCache.Probe;
import dk.evalsite.incremental.UnitInputs;
import dk.evalsite.render.Twin;
import dk.evalsite.validate.Twins;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage load: reads each report (report.yaml and its narratives) on all cores, or keeps it as the
 * last build made it while its folder is unchanged. A draft is left out unless drafts are shown.
 * Then each report's language twin: a report kept whose twin changed (its title, its language, or
 * which report it is) is loaded after all, since its pages show the twin. Then each report's
 * project peer (its midterm or final evaluation), in the same way.
 */
final class LoadReports implements Stage<LoadedSite, LoadedSite> {
  private final BuildContext context;
  private final MarkdownRenderer markdown;

  LoadReports(BuildContext context, MarkdownRenderer markdown) {
    this.context = context;
    this.markdown = markdown;
  }

  @Override
  public Optional<LoadedSite> run(LoadedSite site) {
    List<ReportSources> sources = site.settings().sources().reports();
    AtomicInteger loaded = new AtomicInteger();
    List<ReportUnit> reports =
        sources.parallelStream()
            .map(rs -> load(rs, site.settings(), false))
            .peek(
                r ->
                    context
                        .progress()
                        .step("loading reports", loaded.incrementAndGet(), sources.size()))
            .toList();
    Map<String, Twin> twins = twins(sources, reports);
    reports =
        reports.parallelStream()
            .map(
                r -> {
                  Twin twin = twins.get(r.slug());
                  boolean changed =
                      r.kept() != null && !ReportUnit.twinKey(twin).equals(r.kept().twin());
                  return (changed ? load(r.source(), site.settings(), true) : r).withTwin(twin);
                })
            .toList();
    reports = reloadChangedPeers(reports, site.settings());
    reports.forEach(
        r -> (r.kept() != null ? r.kept().replay() : r.own()).forEach(context.diagnostics()::add));
    return Optional.of(site.withReports(reports));
  }

  /**
   * A kept report whose project peer changed is loaded after all: a final whose midterm is loaded
   * now or changed (its comparison shows the midterm's figures), a midterm whose final changed its
   * title or language (its link forward shows them).
   */
  private List<ReportUnit> reloadChangedPeers(List<ReportUnit> reports, Settings settings) {
    Map<String, String> peers = Projects.peers(reports);
    Map<String, ReportUnit> bySlug = new TreeMap<>();
    reports.forEach(r -> bySlug.put(r.slug(), r));
    return reports.parallelStream()
        .map(
            r -> {
              if (r.kept() == null) {
                return r;
              }
              String peer = peers.get(r.slug());
              String key = Projects.keyBeforeScoring(r, peer == null ? null : bySlug.get(peer));
              return key != null && key.equals(r.kept().project())
                  ? r
                  : load(r.source(), settings, true).withTwin(r.twin());
            })
        .toList();
  }

  /**
   * The twin of each published report that has one; problems are left to the validate stage, which
   * reports them for every report, kept or not.
   */
  private static Map<String, Twin> twins(List<ReportSources> sources, List<ReportUnit> reports) {
    Map<String, ReportUnit> bySlug = new TreeMap<>();
    reports.stream().filter(r -> r.language() != null).forEach(r -> bySlug.put(r.slug(), r));
    Map<String, String> pairs =
        Twins.resolve("report", members(reports), slugs(sources), new Diagnostics());
    Map<String, Twin> out = new TreeMap<>();
    pairs.forEach(
        (slug, other) -> {
          ReportUnit twin = bySlug.get(other);
          out.put(slug, new Twin(other, twin.language(), twin.title()));
        });
    return out;
  }

  static List<Twins.Member> members(List<ReportUnit> reports) {
    return reports.stream()
        .filter(r -> r.language() != null)
        .map(r -> new Twins.Member(r.slug(), r.language(), r.translation()))
        .toList();
  }

  static List<String> slugs(List<ReportSources> sources) {
    return sources.stream().map(ReportSources::slug).toList();
  }

  /** The commits of the report's files: its history page lists them. */
  private static String revisions(Settings settings, List<java.nio.file.Path> files) {
    var history = settings.history();
    if (history.folder() == null || history.touches().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (java.nio.file.Path file : files) {
      String path =
          history
              .folder()
              .relativize(file.toAbsolutePath().normalize())
              .toString()
              .replace('\\', '/');
      history.touchesOf(path).forEach(t -> out.append(t.commit(), 0, 12).append(' '));
    }
    return out.toString();
  }

  private ReportUnit load(ReportSources rs, Settings settings, boolean again) {
    String siteLanguage = settings.config().language();
    java.time.ZoneId zone = settings.config().timeZone();
    List<java.nio.file.Path> files = new java.util.ArrayList<>(List.of(rs.dataFile()));
    files.addAll(rs.narratives().values());
    FileSpan span = settings.history().ofAll(files);
    Probe<UnitRecord> probe =
        context
            .cache()
            .probe(
                "report:" + rs.slug(),
                UnitInputs.of(rs.dir())
                    .with("git", Dates.key(span, zone))
                    .with("revisions", revisions(settings, files))
                    // with or without its PDF edition: a report kept from a --no-pdf build has none
                    .with("pdf", String.valueOf(context.pdf())));
    Optional<UnitRecord> kept =
        again ? Optional.empty() : probe.kept().filter(r -> r.stillIn(context.sink()));
    if (kept.isPresent()) {
      return new ReportUnit(rs, probe, kept.get(), null, Map.of(), null, List.of(), null);
    }
    Diagnostics own = new Diagnostics();
    own.stage("load");
    MarkdownReader reader = new MarkdownReader(markdown, own);
    Optional<Report> report =
        new ReportLoader(own)
            .load(rs.slug(), rs.dataFile(), siteLanguage)
            .map(r -> r.withDates(r.dates().withGit(span, zone)));
    Map<Chapter, MarkdownDocument> narratives = new EnumMap<>(Chapter.class);
    rs.narratives()
        .forEach(
            (chapter, file) -> reader.narrative(file).ifPresent(d -> narratives.put(chapter, d)));
    if (report.isPresent()) {
      dk.evalsite.validate.Placeholders.scan(rs.dataFile(), own);
      rs.narratives().values().forEach(f -> dk.evalsite.validate.Placeholders.scan(f, own));
    }
    boolean published = report.isPresent() && (!report.get().draft() || context.drafts());
    return new ReportUnit(
        rs, probe, null, published ? report.get() : null, narratives, null, own.all(), null);
  }
}
