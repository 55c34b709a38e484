package dk.evalsite.render;

import dk.evalsite.config.Light;
import dk.evalsite.scoring.ReportSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The portfolio grouped by fund, priority axis, region, kind, year, grant holder and each verdict's
 * light, like Hugo's taxonomies: which evaluations share each value. Plain data, no language: the
 * views label it. A report counts once per value (a report with two regions counts in both).
 */
public final class Facets {
  private Facets() {}

  /** A way to group reports; {@code id} is its folder below facets/ and its message key part. */
  public enum Facet {
    FUND("fund", true),
    PRIORITY_AXIS("priority-axis", true),
    REGION("region", true),
    KIND("kind", false),
    YEAR("year", false),
    GRANT_HOLDER("grant-holder", true),
    IMPLEMENTATION("implementation", false),
    ATTAINMENT("attainment", false),
    EFFECT("effect", false);

    private final String id;
    private final boolean freeText;

    Facet(String id, boolean freeText) {
      this.id = id;
      this.freeText = freeText;
    }

    public String id() {
      return id;
    }

    /** Whether its values are the author's words (slugged with a hash) rather than fixed ids. */
    boolean freeText() {
      return freeText;
    }
  }

  /** The key of reports without a date in the year facet: never an invented year. */
  public static final String UNDATED = "undated";

  /** The key of a verdict without a light in the light facets. */
  public static final String NO_LIGHT = "none";

  /** One value of a facet: its key (the author's text or a fixed id), slug and evaluations. */
  public record Group(Facet facet, String key, String slug, List<ReportSummary> reports) {
    public Group {
      reports = List.copyOf(reports);
    }
  }

  /** The keys {@code report} has in {@code facet}: none, one, or several (regions). */
  public static List<String> keys(Facet facet, ReportSummary report) {
    return switch (facet) {
      case FUND -> text(report.fund());
      case PRIORITY_AXIS -> text(report.priorityAxis());
      case REGION ->
          report.regions().stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
      case KIND -> List.of(report.kind().id());
      case YEAR -> List.of(report.year() == null ? UNDATED : String.valueOf(report.year()));
      case GRANT_HOLDER -> text(report.grantHolder());
      case IMPLEMENTATION -> List.of(light(report.implementationLight()));
      case ATTAINMENT -> List.of(light(report.attainmentLight()));
      case EFFECT -> List.of(light(report.effectLight()));
    };
  }

  private static List<String> text(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }

  private static String light(Light light) {
    return light == null ? NO_LIGHT : light.id();
  }

  /**
   * Every facet's values over {@code evaluations} (one report per evaluation: twins already counted
   * once), each value's reports in the order given. Values are ordered: text by key, years newest
   * first with undated last, kinds and lights in their fixed order.
   */
  public static Map<Facet, List<Group>> group(List<ReportSummary> evaluations) {
    Map<Facet, List<Group>> out = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Map<String, List<ReportSummary>> byKey = new TreeMap<>(order(facet));
      for (ReportSummary report : evaluations) {
        for (String key : keys(facet, report)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(report);
        }
      }
      List<Group> groups = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      for (Map.Entry<String, List<ReportSummary>> e : byKey.entrySet()) {
        String slug = slug(facet, e.getKey());
        // A hash prefix shared by two values of one facet: practically never, but never one page.
        for (int n = 2; !taken.add(slug); n++) {
          slug = slug(facet, e.getKey()) + "-" + n;
        }
        groups.add(new Group(facet, e.getKey(), slug, e.getValue()));
      }
      out.put(facet, groups);
    }
    return out;
  }

  private static Comparator<String> order(Facet facet) {
    return switch (facet) {
      case YEAR ->
          Comparator.comparing((String k) -> k.equals(UNDATED))
              .thenComparing(Comparator.<String>reverseOrder());
      case KIND -> Comparator.naturalOrder();
      case IMPLEMENTATION, ATTAINMENT, EFFECT ->
          Comparator.comparingInt(
              (String k) -> k.equals(NO_LIGHT) ? Light.values().length : Light.fromId(k).ordinal());
      default -> Comparator.naturalOrder();
    };
  }

  /**
   * The folder name of value {@code key} of {@code facet}: ASCII, the same for the same value in
   * every build and every report. Fixed ids (kinds, years, lights) are their own slug; an author's
   * text is transliterated (æ ae, ø oe, å aa, accents dropped), lowercased, joined by hyphens and
   * followed by a short hash of the exact text, so values that read alike ("ESF", "E.S.F.") never
   * share a page and a report's fact box can link its value without knowing the others.
   */
  public static String slug(Facet facet, String key) {
    if (!facet.freeText()) {
      return key;
    }
    String ascii =
        Normalizer.normalize(
                key.toLowerCase(Locale.ROOT)
                    .replace("æ", "ae")
                    .replace("ø", "oe")
                    .replace("å", "aa")
                    .replace("ß", "ss"),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > 48) {
      ascii = ascii.substring(0, 48).replaceAll("-+$", "");
    }
    return (ascii.isEmpty() ? "value" : ascii) + "-" + hash(key);
  }

  private static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JVM has SHA-256
    }
  }
}
