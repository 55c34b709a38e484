package dk.evalsite.site;

/** Told how far a build has got, stage by stage: for a progress display on long builds. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (stage, done, total) -> {};

  /** {@code done} of {@code total} items of {@code stage} ("loading", "rendering") are finished. */
  void step(String stage, int done, int total);
}
