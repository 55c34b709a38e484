package dk.evalsite.site;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.scoring.Scorer;
import dk.evalsite.validate.ReportChecker;
import java.util.List;
import java.util.Optional;

/**
 * Stage score: scores each valid report loaded now (attainment, lights, verdicts) and checks the
 * scores against the figures the report prints; any error so far stops the build here, before
 * anything is rendered.
 */
final class ScoreReports implements Stage<LoadedSite, LoadedSite> {
  private final BuildContext context;

  ScoreReports(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<LoadedSite> run(LoadedSite site) {
    Scorer scorer = new Scorer(site.settings().rules());
    ReportChecker checker = new ReportChecker(site.settings().rules(), context.diagnostics());
    List<ReportUnit> reports =
        site.reports().parallelStream()
            .map(r -> r.fresh() ? score(r, scorer, checker) : r)
            .toList();
    return context.diagnostics().hasErrors()
        ? Optional.empty()
        : Optional.of(site.withReports(reports));
  }

  private ReportUnit score(ReportUnit unit, Scorer scorer, ReportChecker checker) {
    Diagnostics own = new Diagnostics();
    own.stage("score");
    ReportUnit scored = unit.withScore(scorer.score(unit.report()));
    checker.with(own).checkScores(scored.score());
    own.all().forEach(context.diagnostics()::add);
    return scored.withProblems(own.all());
  }
}
