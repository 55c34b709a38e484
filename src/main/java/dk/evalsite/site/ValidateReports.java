package dk.evalsite.site;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.validate.ProjectChecks;
import dk.evalsite.validate.ReportChecker;
import dk.evalsite.validate.ScoringTexts;
import dk.evalsite.validate.Twins;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage validate: checks each report loaded now against the scoring rules and its narratives
 * against its data, on all cores; then that scoring.yaml has its texts in every report's language,
 * that the translations reports name are reports in another language that name them back, and that
 * each project has one midterm and one final evaluation per language.
 */
final class ValidateReports implements Stage<LoadedSite, LoadedSite> {
  private final BuildContext context;

  ValidateReports(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<LoadedSite> run(LoadedSite site) {
    ReportChecker checker = new ReportChecker(site.settings().rules(), context.diagnostics());
    List<ReportUnit> reports =
        site.reports().parallelStream().map(r -> r.fresh() ? validate(r, checker) : r).toList();
    ScoringTexts.check(site.settings().rules(), site.reportOfEachLanguage(), context.diagnostics());
    Map<String, String> twins =
        Twins.resolve(
            "report",
            LoadReports.members(reports),
            LoadReports.slugs(site.settings().sources().reports()),
            context.diagnostics());
    ProjectChecks.check(
        reports.stream()
            .filter(r -> r.language() != null)
            .map(r -> new ProjectChecks.Member(r.slug(), r.kind(), r.language(), r.projectRef()))
            .toList(),
        twins,
        context.diagnostics());
    return Optional.of(site.withReports(reports));
  }

  private ReportUnit validate(ReportUnit unit, ReportChecker checker) {
    Diagnostics own = new Diagnostics();
    own.stage("validate");
    ReportChecker mine = checker.with(own);
    mine.checkData(unit.report());
    mine.checkNarratives(unit.report(), unit.source().dir(), unit.narratives());
    own.all().forEach(context.diagnostics()::add);
    return unit.withProblems(own.all());
  }
}
