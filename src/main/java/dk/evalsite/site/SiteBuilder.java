package dk.evalsite.site;

import dk.evalsite.config.SiteConfig;
import dk.evalsite.config.SiteConfigLoader;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.incremental.DiskBacking;
import dk.evalsite.incremental.InputSums;
import dk.evalsite.incremental.UnitCache;
import dk.evalsite.incremental.UnitInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the {@link Pipeline} for one command: {@code build} into an output folder (incrementally,
 * with a unit cache on disk beside it), {@code check} (keeping nothing), or the preview's rebuild
 * in memory ({@link Rebuilds}). Any error stops the build before anything becomes visible.
 */
public final class SiteBuilder {
  private final Diagnostics diagnostics;
  private final boolean drafts;
  private final Progress progress;
  private final Rebuilds rebuilds;
  private Consumer<String> waiting = message -> {};
  private boolean gitDates;
  private java.time.Clock uncommittedNow;
  private boolean pdf;

  public SiteBuilder(Diagnostics diagnostics, boolean drafts) {
    this(diagnostics, drafts, Progress.NONE);
  }

  /** A builder that also reports its progress, for long builds on a terminal. */
  public SiteBuilder(Diagnostics diagnostics, boolean drafts, Progress progress) {
    this(diagnostics, drafts, progress, null);
  }

  /** A builder for the preview, reusing what {@code rebuilds} keeps of its earlier builds. */
  public SiteBuilder(Diagnostics diagnostics, boolean drafts, Rebuilds rebuilds) {
    this(diagnostics, drafts, Progress.NONE, rebuilds);
  }

  /**
   * A builder for the preview that reports its progress; {@code progress} may stop the build by
   * throwing (the preview does when a newer save makes the build pointless).
   */
  public SiteBuilder(
      Diagnostics diagnostics, boolean drafts, Progress progress, Rebuilds rebuilds) {
    this.diagnostics = diagnostics;
    this.drafts = drafts;
    this.progress = progress;
    this.rebuilds = rebuilds;
    this.pdf = rebuilds == null; // the preview never makes PDFs: one takes longer than a save waits
  }

  /**
   * Whether the build makes the reports' PDF editions where site.yaml does not turn them off (the
   * default, but for the preview's builder); {@code check} never makes them.
   */
  public SiteBuilder pdf(boolean on) {
    this.pdf = on;
    return this;
  }

  /**
   * Whether dates come from the git history of the content folder (the command line's default) or
   * only from the content's own {@code date:} and {@code updated:} (this class's default, so a
   * build does not depend on the repository it happens to sit in).
   */
  public SiteBuilder gitDates(boolean fromGit) {
    this.gitDates = fromGit;
    return this;
  }

  /**
   * Dates the files that differ from git's HEAD (edited, staged or untracked) by {@code clock}'s
   * "now", as the preview does; by default (null) a build reads committed history only, so an
   * uncommitted edit changes no date and the same commit gives the same bytes.
   */
  public SiteBuilder uncommittedNow(java.time.Clock clock) {
    this.uncommittedNow = clock;
    return this;
  }

  /** Tells {@code listener} when a build waits for another build of the same output folder. */
  public SiteBuilder onWaiting(Consumer<String> listener) {
    this.waiting = listener;
    return this;
  }

  /** Where the unit cache of output folder {@code out} lives: beside it, never published. */
  public static Path cacheFile(Path out) {
    Path target = out.toAbsolutePath().normalize();
    return target.resolveSibling(".evalsite-cache").resolve(target.getFileName() + ".json");
  }

  public BuildResult build(Path source, Path out) throws IOException {
    return build(source, out, false);
  }

  /**
   * Checks and renders the site and makes it visible in {@code out} only when there were no errors
   * (and, when {@code strict}, no warnings either); otherwise {@code out} stays as it was.
   */
  public BuildResult build(Path source, Path out, boolean strict) throws IOException {
    return build(source, out, strict, true);
  }

  /**
   * As {@link #build(Path, Path, boolean)}; unless {@code clean}, a build into a folder an earlier
   * build wrote is incremental: when no input changed since, it does nothing at all; otherwise it
   * loads and renders only the units whose inputs changed (all of them when something every page
   * shows changed: site.yaml, scoring.yaml, the theme, the navigation, evalsite itself) and writes
   * only the files whose bytes changed. A clean build writes a fresh folder and swaps it in.
   */
  public BuildResult build(Path source, Path out, boolean strict, boolean clean)
      throws IOException {
    long start = System.nanoTime();
    try (OutputLock lock = OutputLock.acquire(out, waiting)) {
      SiteWriter.removeLeftovers(out);
      return buildLocked(source, out, strict, clean, start);
    }
  }

  private BuildResult buildLocked(Path source, Path out, boolean strict, boolean clean, long start)
      throws IOException {
    String fingerprint = fingerprint(source, strict);
    boolean earlier = Files.isRegularFile(out.resolve(SiteWriter.MARKER));
    Optional<String> previous = SiteWriter.fingerprint(out);
    if (!clean && earlier && previous.filter(fingerprint::equals).isPresent()) {
      return new BuildResult(true, 0, 0, 0, elapsed(start), true, 0, 0);
    }
    boolean update = !clean && earlier;
    Path cacheFile = cacheFile(out);
    DiskBacking<UnitRecord> backing =
        new DiskBacking<>(cacheFile, update ? previous.orElse("") : "", UnitRecord.class);
    UnitCache<UnitRecord> cache = new UnitCache<>(backing, InputSums.forOneBuild());
    try (SiteWriter writer =
        update
            ? SiteWriter.update(out, lastFiles(cache), lastWritten(cacheFile))
            : SiteWriter.fresh(out)) {
      Optional<RenderedSite> built;
      try {
        built = pipeline(source, writer, cache, new KeptTheme(false));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (built.isEmpty() || (strict && diagnostics.warningCount() > 0)) {
        return new BuildResult(false, 0, 0, 0, elapsed(start));
      }
      Map<String, String> files = built.get().files();
      // The files of no one unit, so the next build knows their checksums too.
      cache.record(cache.probe("shared", UnitInputs.of()), UnitRecord.shared(built.get().shared()));
      backing.delete(); // the old cache describes the old folder, not the new one
      writer.commit(files.keySet(), fingerprint);
      backing.tag(fingerprint);
      try {
        cache.commit();
      } catch (IOException e) {
        // The site is written; without its cache the next build is a full one, never a wrong one.
      }
      int pages = (int) files.keySet().stream().filter(f -> f.endsWith(".html")).count();
      int reports =
          (int) built.get().reports().values().stream().filter(u -> u.summary() != null).count();
      return new BuildResult(
          true,
          reports,
          pages,
          files.size(),
          elapsed(start),
          false,
          writer.written(),
          built.get().renderedPages());
    }
  }

  /** Every file the last build wrote, by path: its checksum. */
  private static Map<String, String> lastFiles(UnitCache<UnitRecord> cache) {
    Map<String, String> files = new HashMap<>();
    for (UnitRecord unit : cache.lastResults()) {
      unit.outputs().forEach(o -> files.put(o.path(), o.hash()));
      unit.copied().forEach(c -> files.put(c.path(), c.hash()));
    }
    return files;
  }

  /**
   * When the last build finished writing: an output file modified since is read to see whether its
   * bytes are still the ones written; null when unknown (every kept file is read).
   */
  private static FileTime lastWritten(Path cacheFile) {
    try {
      return Files.getLastModifiedTime(cacheFile);
    } catch (IOException e) {
      return null;
    }
  }

  private String fingerprint(Path source, boolean strict) {
    if (!Files.isDirectory(source)) {
      return "";
    }
    return InputFingerprint.of(
        source,
        themeOf(source),
        "strict="
            + strict
            + " drafts="
            + drafts
            + " pdf="
            + pdf
            + " git="
            + (gitDates ? ReadHistory.head(source) : ""));
  }

  /** The theme folder site.yaml names, read quietly (the build reports its problems later). */
  private static Path themeOf(Path source) {
    return new SiteConfigLoader(new Diagnostics())
        .load(source.resolve("site.yaml"))
        .map(SiteConfig::theme)
        .orElse(null);
  }

  /**
   * Loads, checks, scores and renders the site in memory; empty when there were errors. The
   * preview's rebuild keeps the units that did not change since its last good build.
   */
  public Optional<List<OutputFile>> render(Path source) {
    if (rebuilds == null) {
      MemorySink sink = new MemorySink(Map.of());
      return pipeline(source, sink, UnitCache.none(), new KeptTheme(false))
          .map(site -> sink.files(site.files().keySet()));
    }
    return rebuilds.rebuild(
        (sink, cache, themes) -> pipeline(source, sink, cache, themes).map(RenderedSite::files));
  }

  /**
   * Loads, checks, scores and renders the site, keeping nothing: {@code evalsite check}. Returns
   * whether it had no errors.
   */
  public boolean check(Path source) {
    OutputSink discard = file -> "";
    pdf = false; // nothing is kept: a PDF would be laid out for nothing
    return pipeline(source, discard, UnitCache.none(), new KeptTheme(false)).isPresent();
  }

  private Optional<RenderedSite> pipeline(
      Path source, OutputSink sink, UnitCache<UnitRecord> cache, KeptTheme themes) {
    return new Pipeline(
            new BuildContext(
                source,
                diagnostics,
                drafts,
                pdf,
                progress,
                sink,
                cache,
                themes,
                gitDates,
                uncommittedNow))
        .run(source);
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
