package dk.evalsite.validate;

import dk.evalsite.config.Translation;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.yaml.Fields;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Language twins: reports (or pages) that name each other as {@code translation:}. Naming the twin
 * in one of the two is enough; when both name one, they must name each other. A twin must exist, be
 * another report (or page), and be in another language. A twin that exists but is not published in
 * this build (a draft left out) is simply not linked.
 */
public final class Twins {
  private static final Map<String, String> LANGUAGE_NAMES = Map.of("da", "Danish", "en", "English");

  /** A published report or page: its slug (or page path), language and declared translation. */
  public record Member(String id, String language, Translation translation) {}

  private Twins() {}

  /**
   * The twin of each member that has one, both ways round; every problem is reported to {@code
   * diagnostics}. {@code kind} is "report" or "page"; {@code known} holds every report (or page) of
   * the content folder, published or not.
   */
  public static Map<String, String> resolve(
      String kind, Collection<Member> members, Collection<String> known, Diagnostics diagnostics) {
    Map<String, Member> byId = new TreeMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    List<String> candidates = known.stream().sorted().toList();
    Map<String, String> pairs = new TreeMap<>();
    List<Member> naming =
        members.stream()
            .filter(m -> m.translation() != null)
            .sorted(Comparator.comparing(Member::id))
            .toList();
    for (Member m : naming) {
      Translation t = m.translation();
      String target = t.target();
      if (target.equals(m.id())) {
        diagnostics.error(
            "E-TWIN-003",
            t.pos(),
            "this " + kind + " names itself as its translation",
            "Write the " + idName(kind) + " of the same " + kind + " in the other language.");
        continue;
      }
      if (!known.contains(target)) {
        List<String> others = candidates.stream().filter(c -> !c.equals(m.id())).toList();
        String hint =
            Fields.suggestion(target, others)
                .map(s -> "Did you mean `" + s + "`?")
                .orElse(
                    others.isEmpty()
                        ? "Add the "
                            + kind
                            + " in the other language first, or remove `translation:`."
                        : "Write the "
                            + idName(kind)
                            + " of the same "
                            + kind
                            + " in the other language, one of: "
                            + String.join(", ", others)
                            + ".");
        diagnostics.error(
            "E-TWIN-001",
            t.pos(),
            "`translation: " + target + "` names no " + kind + " of the site",
            hint);
        continue;
      }
      Member other = byId.get(target);
      if (other == null) {
        continue; // a draft left out of this build: linked once it is published
      }
      if (other.language().equals(m.language())) {
        String name = LANGUAGE_NAMES.getOrDefault(m.language(), m.language());
        diagnostics.error(
            "E-TWIN-002",
            t.pos(),
            "this "
                + kind
                + " and its translation `"
                + target
                + "` are both in "
                + name
                + " (`"
                + m.language()
                + "`)",
            "Give one of the two `language: "
                + (m.language().equals("da") ? "en" : "da")
                + "`, or name the "
                + kind
                + " that is its translation.");
        continue;
      }
      if (other.translation() != null && !other.translation().target().equals(m.id())) {
        diagnostics.error(
            "E-TWIN-003",
            t.pos(),
            "`"
                + target
                + "` names `"
                + other.translation().target()
                + "` as its translation, not this "
                + kind
                + " (`"
                + m.id()
                + "`)",
            "Two "
                + kind
                + "s are translations of each other: make them name each other, or name the"
                + " translation in only one of them.");
        continue;
      }
      String taken = pairs.get(target);
      if (taken != null && !taken.equals(m.id())) {
        diagnostics.error(
            "E-TWIN-003",
            t.pos(),
            "`" + target + "` is already the translation of `" + taken + "`",
            "A " + kind + " has one translation: name another " + kind + ", or remove this line.");
        continue;
      }
      if (pairs.containsKey(m.id()) && !pairs.get(m.id()).equals(target)) {
        continue; // reported above, at the other one's line
      }
      pairs.put(m.id(), target);
      pairs.put(target, m.id());
    }
    return pairs;
  }

  private static String idName(String kind) {
    return kind.equals("report") ? "folder name (slug)" : "path under pages/, without .md,";
  }
}
