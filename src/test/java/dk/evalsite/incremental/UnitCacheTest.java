package dk.evalsite.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit cache answers "still good?" the same way whichever backing keeps its entries. */
class UnitCacheTest {
  @TempDir Path tmp;

  /** What a unit made, as a test describes it. */
  record Made(String text, List<String> files) {}

  private Path file(String name, String text) throws Exception {
    Path file = tmp.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path cacheFile() {
    return tmp.resolve("cache/site.json");
  }

  /** A build with the given backing: declares the site input, probes and records one unit. */
  private static UnitCache.Probe<Made> build(
      UnitCache.Backing<Made> backing, UnitInputs inputs, String site) throws Exception {
    UnitCache<Made> cache = new UnitCache<>(backing, InputSums.forOneBuild());
    cache.siteInput("site", site);
    UnitCache.Probe<Made> probe = cache.probe("unit", inputs);
    cache.record(probe, new Made("made from " + inputs.values(), List.of("a.html")));
    cache.commit();
    return probe;
  }

  private void forEachBacking(ThrowingConsumer<Supplier<UnitCache.Backing<Made>>> test)
      throws Exception {
    MemoryBacking<Made> memory = new MemoryBacking<>();
    test.accept(() -> memory);
    DiskBacking<Made> disk = new DiskBacking<>(cacheFile(), "tag", Made.class);
    disk.tag("tag");
    test.accept(
        () -> {
          DiskBacking<Made> next = new DiskBacking<>(cacheFile(), "tag", Made.class);
          next.tag("tag");
          return next;
        });
  }

  interface ThrowingConsumer<T> {
    void accept(T t) throws Exception;
  }

  @Test
  void keepsAUnitWhoseInputsAreUnchangedInEitherBacking() throws Exception {
    Path input = file("report.yaml", "title: A");
    forEachBacking(
        backing -> {
          build(backing.get(), UnitInputs.of(input), "s1");
          UnitCache.Probe<Made> again = build(backing.get(), UnitInputs.of(input), "s1");
          assertThat(again.kept()).contains(new Made("made from {}", List.of("a.html")));
        });
  }

  @Test
  void aFileWithOnlyANewModificationTimeIsStillGoodAndAnEditIsNot() throws Exception {
    Path input = file("report.yaml", "title: A");
    forEachBacking(
        backing -> {
          Files.writeString(input, "title: A");
          build(backing.get(), UnitInputs.of(input), "s1");
          Files.setLastModifiedTime(input, FileTime.from(Instant.now().plusSeconds(60)));
          assertThat(build(backing.get(), UnitInputs.of(input), "s1").kept()).isPresent();
          Files.writeString(input, "title: B"); // same size, new bytes
          assertThat(build(backing.get(), UnitInputs.of(input), "s1").kept()).isEmpty();
        });
  }

  @Test
  void aValueInputSuchAsAGitRevisionIsPartOfTheUnitsInputs() throws Exception {
    Path input = file("report.yaml", "title: A");
    forEachBacking(
        backing -> {
          build(backing.get(), UnitInputs.of(input).with("git", "abc123"), "s1");
          assertThat(build(backing.get(), UnitInputs.of(input).with("git", "abc123"), "s1").kept())
              .isPresent();
          assertThat(build(backing.get(), UnitInputs.of(input).with("git", "def456"), "s1").kept())
              .isEmpty();
        });
  }

  @Test
  void aChangedSiteInputMakesEveryUnitStale() throws Exception {
    Path input = file("report.yaml", "title: A");
    forEachBacking(
        backing -> {
          build(backing.get(), UnitInputs.of(input), "s1");
          assertThat(build(backing.get(), UnitInputs.of(input), "s2").kept()).isEmpty();
          assertThat(build(backing.get(), UnitInputs.of(input), "s2").kept()).isPresent();
        });
  }

  @Test
  void whatABuildRecordsCountsOnlyOnceItCommits() throws Exception {
    Path input = file("report.yaml", "title: A");
    MemoryBacking<Made> memory = new MemoryBacking<>();
    UnitCache<Made> failed = new UnitCache<>(memory, InputSums.forOneBuild());
    failed.siteInput("site", "s1");
    failed.record(failed.probe("unit", UnitInputs.of(input)), new Made("x", List.of()));
    // no commit: the build failed
    assertThat(build(memory, UnitInputs.of(input), "s1").kept()).isEmpty();
  }

  @Test
  void aDamagedEditedForeignOrOlderCacheFileIsIgnored() throws Exception {
    Path input = file("report.yaml", "title: A");
    DiskBacking<Made> first = new DiskBacking<>(cacheFile(), "", Made.class);
    first.tag("tag");
    build(first, UnitInputs.of(input), "s1");
    byte[] good = Files.readAllBytes(cacheFile());
    assertThat(new DiskBacking<>(cacheFile(), "tag", Made.class).load().units()).hasSize(1);

    // Another folder state (the output folder's marker names another build).
    assertThat(new DiskBacking<>(cacheFile(), "other", Made.class).load().units()).isEmpty();

    // A hand edit that keeps the JSON valid.
    String text = new String(good, StandardCharsets.UTF_8);
    Files.writeString(cacheFile(), text.replace("made from", "made by"));
    assertThat(new DiskBacking<>(cacheFile(), "tag", Made.class).load().units()).isEmpty();

    // Damage: the file cut short.
    Files.write(cacheFile(), java.util.Arrays.copyOf(good, good.length / 2));
    assertThat(new DiskBacking<>(cacheFile(), "tag", Made.class).load().units()).isEmpty();

    // An older format.
    Files.writeString(cacheFile(), text.replaceFirst(" " + DiskBacking.FORMAT + " ", " 3 "));
    assertThat(new DiskBacking<>(cacheFile(), "tag", Made.class).load().units()).isEmpty();

    // And the cache folder keeps itself out of git.
    assertThat(cacheFile().resolveSibling(".gitignore")).content().contains("\n*\n");
  }

  @Test
  void aCacheThatKeepsNothingNeverReadsContents() throws Exception {
    Path input = file("report.yaml", "title: A");
    UnitCache<Made> none = UnitCache.none();
    UnitCache.Probe<Made> probe = none.probe("unit", UnitInputs.of(input));
    assertThat(probe.kept()).isEmpty();
    assertThat(probe.content()).isEmpty();
  }
}
