package dk.evalsite.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.evalsite.config.GoalKind;
import dk.evalsite.config.Light;
import dk.evalsite.render.Formats;
import dk.evalsite.scoring.OverallAttainment;
import dk.evalsite.scoring.ReportScore;
import dk.evalsite.scoring.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** scores.json: every value scoring computed for a report, for other tools to reuse. */
final class ScoresJson {
  private static final ObjectMapper JSON = mapper();

  private ScoresJson() {}

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    return mapper;
  }

  static String of(ReportScore score, String citation) {
    var report = score.report();
    Formats fmt = new Formats(report.language());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("slug", report.slug());
    root.put("title", report.title());
    root.put("kind", report.kind().id());
    root.put("language", report.language());
    root.put("date", report.date() == null ? null : report.date().toString());
    var dates = report.dates();
    root.put("published", dates.published() == null ? null : dates.published().toString());
    root.put("updated", dates.updated() == null ? null : dates.updated().toString());
    root.put("evaluator", report.evaluator());
    root.put("citation", citation);
    var impl = score.implementation();
    Map<String, Object> implementation = new LinkedHashMap<>();
    implementation.put("mean", impl.mean());
    implementation.put("mean_6_decimals", impl.exactMean());
    implementation.put("light", light(impl.light()));
    implementation.put("published_mean", impl.publishedMean());
    implementation.put("reconstructed", report.implementation().reconstructed());
    List<Map<String, Object>> parameters = new ArrayList<>();
    for (var p : impl.parameters()) {
      parameters.add(ordered("id", p.id(), "name", p.name(), "score", p.score()));
    }
    implementation.put("parameters", parameters);
    root.put("implementation", implementation);
    Map<String, Object> attainment = new LinkedHashMap<>();
    attainment.put("headline", overall(score.headline(), fmt, report.language()));
    for (GoalKind kind : GoalKind.values()) {
      attainment.put(kind.id(), overall(score.overall().get(kind), fmt, report.language()));
    }
    root.put("attainment", attainment);
    root.put(
        "effect",
        ordered(
            "light",
            light(report.effect().light()),
            "reconstructed",
            report.effect().reconstructed(),
            "goals_met",
            score.effectEvidence().met(),
            "goals_collected",
            score.effectEvidence().collected()));
    List<Map<String, Object>> regions = new ArrayList<>();
    for (var region : score.regions()) {
      Map<String, Object> r = ordered("id", region.region().id(), "name", region.region().name());
      for (GoalKind kind : GoalKind.values()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var row : region.rows(kind)) {
          Map<String, Object> goal =
              ordered(
                  "id",
                  row.goal().id(),
                  "label",
                  row.goal().label(),
                  "target",
                  row.target(),
                  "status",
                  row.goal().status());
          goal.putAll(share(row.share(), fmt));
          rows.add(goal);
        }
        r.put(kind.id() + "_goals", rows);
      }
      r.put("budget", usage(region.region().budget(), region.budget(), fmt));
      r.put("months", usage(region.region().months(), region.months(), fmt));
      regions.add(r);
    }
    root.put("regions", regions);
    if (score.survey() != null) {
      List<Map<String, Object>> sections = new ArrayList<>();
      for (var section : score.survey().sections()) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (var item : section.items()) {
          items.add(
              ordered(
                  "text",
                  item.item().text(),
                  "top2",
                  item.item().top2(),
                  "n",
                  item.item().n(),
                  "percent",
                  item.percent()));
        }
        sections.add(ordered("id", section.section().id(), "items", items));
      }
      root.put(
          "survey",
          ordered(
              "sent",
              report.survey().sent(),
              "answered",
              report.survey().answered(),
              "response_rate",
              score.survey().responseRate(),
              "sections",
              sections));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scores.json of " + report.slug(), e);
    }
  }

  private static Map<String, Object> overall(OverallAttainment o, Formats fmt, String language) {
    return ordered(
        "goal_kind",
        o.kind().id(),
        "percent",
        o.percent(),
        "mean_6_decimals",
        o.exactMean(),
        "rows",
        o.rows(),
        "light",
        light(o.light()),
        "meaning",
        o.band() == null || o.band().meaning() == null ? null : o.band().meaning().in(language),
        "printed",
        o.percent() == null ? "-" : fmt.percent(o.percent()));
  }

  private static Map<String, Object> share(Share share, Formats fmt) {
    return ordered(
        "outcome",
        share.outcome().name().toLowerCase(Locale.ROOT),
        "percent",
        share.percent(),
        "capped",
        share.capped(),
        "printed",
        fmt.share(share));
  }

  private static Map<String, Object> usage(
      dk.evalsite.data.Report.Usage usage, Share share, Formats fmt) {
    if (usage == null) {
      return null;
    }
    Map<String, Object> m = ordered("planned", usage.planned(), "used", usage.used());
    m.putAll(share(share, fmt));
    return m;
  }

  private static String light(Light light) {
    return light == null ? null : light.id();
  }

  private static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      m.put(
          (String) keyValues[i],
          v instanceof BigDecimal d
              ? d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros()
              : v);
    }
    return m;
  }
}
