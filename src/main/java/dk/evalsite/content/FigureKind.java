package dk.evalsite.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures a narrative can place with {@code {{figure NAME key=value}}}. Each belongs to a
 * chapter, where the theme puts it when the narrative does not; numbered figures get "Figur N" in
 * reading order, as the template numbers them.
 */
public enum FigureKind {
  FACTBOX(Chapter.FACTS, null, true, false),
  EFFECT_CHAIN(Chapter.FACTS, null, true, true),
  IMPLEMENTATION(Chapter.IMPLEMENTATION, null, false, true),
  OVERVIEW(Chapter.PROGRESS, null, false, false),
  ACTIVITY(Chapter.PROGRESS, "region", true, true),
  BUDGET(Chapter.PROGRESS, "region", true, true),
  OUTPUT(Chapter.PROGRESS, "region", true, true),
  SURVEY(Chapter.EFFECTS, "section", true, true),
  EFFECT(Chapter.EFFECTS, "region", true, true),
  LEARNING_POINTS(Chapter.LEARNING, null, false, false);

  private final Chapter chapter;
  private final String argument;
  private final boolean numbered;
  private final boolean chart;

  FigureKind(Chapter chapter, String argument, boolean numbered, boolean chart) {
    this.chapter = chapter;
    this.argument = argument;
    this.numbered = numbered;
    this.chart = chart;
  }

  /** Whether the figure has a drawn chart (besides its table or list). */
  public boolean hasChart() {
    return chart;
  }

  /** The name used in directives: "effect-chain". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Chapter chapter() {
    return chapter;
  }

  /** The one argument the figure needs ("region", "section"), or null. */
  public String argument() {
    return argument;
  }

  public boolean numbered() {
    return numbered;
  }

  public static Optional<FigureKind> byId(String id) {
    for (FigureKind k : values()) {
      if (k.id().equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  public static List<String> ids() {
    return java.util.Arrays.stream(values()).map(FigureKind::id).toList();
  }
}
