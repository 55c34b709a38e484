package dk.evalsite.incremental;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last successful build made of each unit, and what this build makes, keyed by each unit's
 * {@link UnitInputs}. The pipeline asks it whether a unit is still good ({@link #probe}) and tells
 * it what each unit made ({@link #record}); where the entries live is the {@link Backing}'s
 * business: in memory for the preview, on disk beside the output folder for a build, nowhere for a
 * check.
 *
 * @param <R> what a unit made, as the pipeline describes it (files, links, warnings...)
 */
public final class UnitCache<R> {
  /** Where entries live between builds. */
  public interface Backing<R> {
    /** The last build's entries; empty when there are none or they cannot be trusted. */
    Stored<R> load();

    /** Keeps {@code next} for the next build. */
    void save(Stored<R> next) throws IOException;

    /** Whether entries are kept at all: when not, no input needs its contents summed up. */
    default boolean keeps() {
      return true;
    }
  }

  /** One unit's entry: its inputs' stamp and content checksums, and what it made. */
  public record Entry<R>(String stamp, String content, R result) {}

  /** A build's entries, with the site-wide inputs they were made under. */
  public record Stored<R>(SortedMap<String, String> site, SortedMap<String, Entry<R>> units) {
    public static <R> Stored<R> empty() {
      return new Stored<>(new TreeMap<>(), new TreeMap<>());
    }
  }

  /**
   * The answer to "is this unit still good?": the result kept from the last build (empty when the
   * unit must be made anew) and the sums of its inputs, taken before any of them is read, so a file
   * saved during the build differs from what this build records.
   */
  public record Probe<R>(String unit, String stamp, String content, Optional<R> kept) {}

  private final Backing<R> backing;
  private final InputSums sums;
  private final Stored<R> last;
  private final SortedMap<String, String> site = new TreeMap<>();
  private final Map<String, Entry<R>> next = new ConcurrentHashMap<>();
  private volatile boolean lastValid = true;

  public UnitCache(Backing<R> backing, InputSums sums) {
    this.backing = backing;
    this.sums = sums;
    Stored<R> loaded = backing.load();
    this.last = loaded == null ? Stored.empty() : loaded;
  }

  /** A cache that keeps nothing: {@code check}, and renders to memory for tests. */
  public static <R> UnitCache<R> none() {
    return new UnitCache<>(new NoBacking<>(), InputSums.forOneBuild());
  }

  /**
   * Declares a site-wide input, one that every unit depends on (site.yaml, the theme, the
   * navigation); returns whether it has the value it had in the last build. When it has not,
   * nothing of the last build is good any more.
   */
  public synchronized boolean siteInput(String name, String value) {
    site.put(name, value);
    boolean same = value.equals(last.site().get(name));
    if (!same) {
      lastValid = false;
    }
    return same;
  }

  /** The value this build declared for site-wide input {@code name}; null when it declared none. */
  public synchronized String siteInput(String name) {
    return site.get(name);
  }

  /** Whether unit {@code unit}, made from {@code inputs}, can be kept as the last build made it. */
  public Probe<R> probe(String unit, UnitInputs inputs) {
    String stamp = inputs.stamp(sums);
    Entry<R> entry = lastValid ? last.units().get(unit) : null;
    if (entry != null && entry.stamp().equals(stamp)) {
      return new Probe<>(unit, stamp, entry.content(), Optional.of(entry.result()));
    }
    if (!backing.keeps()) {
      return new Probe<>(unit, stamp, "", Optional.empty());
    }
    String content = inputs.content();
    boolean same = entry != null && entry.content().equals(content);
    return new Probe<>(unit, stamp, content, same ? Optional.of(entry.result()) : Optional.empty());
  }

  /** Records what this build made (or kept) of the unit {@code probe} asked about. */
  public void record(Probe<R> probe, R result) {
    next.put(probe.unit(), new Entry<>(probe.stamp(), probe.content(), result));
  }

  /** Every result the last build recorded, good or not: what is in the output now. */
  public Collection<R> lastResults() {
    return last.units().values().stream().map(Entry::result).filter(Objects::nonNull).toList();
  }

  /** Makes this build's entries the next build's last ones: call once the output is committed. */
  public void commit() throws IOException {
    backing.save(new Stored<>(new TreeMap<>(site), new TreeMap<>(next)));
  }

  private static final class NoBacking<R> implements Backing<R> {
    @Override
    public Stored<R> load() {
      return Stored.empty();
    }

    @Override
    public void save(Stored<R> next) {}

    @Override
    public boolean keeps() {
      return false;
    }
  }
}
