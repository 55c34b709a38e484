package dk.evalsite.validate;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.data.Report.ProjectRef;
import dk.evalsite.diag.Diagnostics;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The evaluations of one project ({@code project:}): at most one midterm and one final evaluation
 * per language (E-PROJECT-002), and a report and its translation evaluate the same project
 * (E-PROJECT-003). A malformed id is the loader's (E-PROJECT-001).
 */
public final class ProjectChecks {
  private static final Map<String, String> LANGUAGE_NAMES = Map.of("da", "Danish", "en", "English");

  /** A published report: its slug, kind, language and project (null: none). */
  public record Member(String slug, EvaluationKind kind, String language, ProjectRef project) {}

  private ProjectChecks() {}

  /** Checks {@code members}; {@code twins} maps each report with a translation to it. */
  public static void check(
      Collection<Member> members, Map<String, String> twins, Diagnostics diagnostics) {
    List<Member> sorted = members.stream().sorted(Comparator.comparing(Member::slug)).toList();
    Map<String, Member> first = new TreeMap<>();
    for (Member m : sorted) {
      if (m.project() == null) {
        continue;
      }
      String key = m.project().id() + "\n" + m.kind().id() + "\n" + m.language();
      Member earlier = first.putIfAbsent(key, m);
      if (earlier != null) {
        String kind = m.kind() == EvaluationKind.FINAL ? "final" : "midterm";
        diagnostics.error(
            "E-PROJECT-002",
            m.project().pos(),
            "project `"
                + m.project().id()
                + "` has two "
                + kind
                + " evaluations in "
                + LANGUAGE_NAMES.getOrDefault(m.language(), m.language())
                + ": `"
                + earlier.slug()
                + "` and `"
                + m.slug()
                + "`",
            "A project has one midterm and one final evaluation (each may have a translation in"
                + " the other language): give this report its own project id, or correct its"
                + " `kind:` or `language:`.");
      }
    }
    Map<String, Member> bySlug = new TreeMap<>();
    sorted.forEach(m -> bySlug.put(m.slug(), m));
    for (Member m : sorted) {
      String twinSlug = twins.get(m.slug());
      Member twin = twinSlug == null ? null : bySlug.get(twinSlug);
      if (twin == null || m.slug().compareTo(twin.slug()) > 0) {
        continue; // each pair once, reported at the first of the two
      }
      String mine = m.project() == null ? null : m.project().id();
      String theirs = twin.project() == null ? null : twin.project().id();
      if (!Objects.equals(mine, theirs)) {
        Member at = m.project() != null ? m : twin;
        Member other = at == m ? twin : m;
        String otherProject =
            other.project() == null ? "names no project" : "names `" + other.project().id() + "`";
        diagnostics.error(
            "E-PROJECT-003",
            at.project().pos(),
            "this report names project `"
                + at.project().id()
                + "`, but its translation `"
                + other.slug()
                + "` "
                + otherProject,
            "A report and its translation evaluate the same project: write the same `project:`"
                + " in both.");
      }
    }
  }
}
