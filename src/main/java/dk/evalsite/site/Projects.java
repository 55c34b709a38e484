package dk.evalsite.site;

import dk.evalsite.config.EvaluationKind;
import dk.evalsite.incremental.Checksum;
import dk.evalsite.render.ProjectPeers;
import dk.evalsite.scoring.EvaluationFigures;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluations of each project ({@code project:}) among the published reports. A final
 * evaluation is compared with the project's midterm in its own language, else with the midterm in
 * another language; a midterm links forward to the final in its language, else to the final in
 * another. Problems (two finals in one language) are the validate stage's; here the first by slug
 * is taken.
 */
final class Projects {
  private Projects() {}

  /** Each published report of a project with a peer: its slug to the peer's slug. */
  static Map<String, String> peers(List<ReportUnit> reports) {
    Map<String, String> out = new TreeMap<>();
    List<ReportUnit> members =
        reports.stream()
            .filter(r -> r.language() != null && r.project() != null)
            .sorted(Comparator.comparing(ReportUnit::slug))
            .toList();
    for (ReportUnit r : members) {
      EvaluationKind other =
          r.kind() == EvaluationKind.FINAL ? EvaluationKind.MIDTERM : EvaluationKind.FINAL;
      members.stream()
          .filter(m -> m.project().equals(r.project()) && m.kind() == other)
          .min(
              Comparator.comparing((ReportUnit m) -> !m.language().equals(r.language()))
                  .thenComparing(ReportUnit::slug))
          .ifPresent(m -> out.put(r.slug(), m.slug()));
    }
    return out;
  }

  /**
   * What {@code unit} shows of its {@code peer} (null: none), once both are scored or kept; a
   * midterm shows the final only when it is a final, and the other way round.
   */
  static ProjectPeers shown(ReportUnit unit, ReportUnit peer) {
    if (peer == null) {
      return null;
    }
    if (unit.kind() == EvaluationKind.FINAL) {
      return new ProjectPeers(figures(peer), null);
    }
    return new ProjectPeers(
        null, new ProjectPeers.ReportRef(peer.slug(), peer.language(), peer.title()));
  }

  /** What a report showed of its project, as {@link UnitRecord#project()} keeps it. */
  static String key(ProjectPeers peers) {
    if (peers == null) {
      return "";
    }
    if (peers.midterm() != null) {
      return "midterm " + Checksum.of(peers.midterm().toString());
    }
    return "final " + peers.followUp();
  }

  /**
   * Before scoring: the key a kept {@code unit} would show of {@code peer} now, or null when it
   * cannot be known yet (a final whose midterm is loaded now: its figures come from scoring).
   */
  static String keyBeforeScoring(ReportUnit unit, ReportUnit peer) {
    if (peer == null) {
      return "";
    }
    if (unit.kind() == EvaluationKind.FINAL && peer.kept() == null) {
      return null;
    }
    return key(shown(unit, peer));
  }

  /** A report's own figures: as scored now, or as the last build kept them. */
  static EvaluationFigures figures(ReportUnit unit) {
    return unit.kept() != null ? unit.kept().figures() : EvaluationFigures.of(unit.score());
  }
}
