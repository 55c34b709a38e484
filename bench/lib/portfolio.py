#!/usr/bin/env python3
"""Deterministic synthetic portfolio of evaluation reports, shaped like the reference report
(content/reports/social-inklusion).

Usage: portfolio.py N DIR       (DIR must not exist or be empty)

Writes an evalsite content folder: site.yaml, scoring.yaml (the project's, copied from
content/), two documentation pages and N reports reports/rapport-NNNN/, each with
  * report.yaml: kind final or midterm, facts, 1-3 regions, each with budget and months and
    activity, output and effect goal tables (one decimal target per report, one effect goal
    with status "-", not collected), six implementation scores with their published mean
    (rounded half-up to one decimal, as scoring.yaml says), the published overall attainment
    (mean of the truncated output percentages, each capped at 100, truncated), an effect light,
    a survey with a top-2 section and a five-point-distribution section, an effect chain and
    learning points;
  * all six narratives (facts, status, implementation, progress, effects, learning), each
    with a few `##` headings and the figure directives of its chapter (and a
    `{{chart output region=...}}` in status.md), so every chart kind is drawn.
Danish-looking text from a fixed word list. The data is kept free of the warnings that
contradictory source figures draw (months match the grant period, no overspend, no target 0).
Everything derives from random.Random(SEED + i): the same N gives the same bytes.
"""
import calendar
import datetime
import os
import random
import shutil
import sys
from fractions import Fraction

SEED = 20261127
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

WORDS = (
    "projektet indsatsen deltagerne virksomhederne kommunerne jobcentret borgerne partnerskabet "
    "forløbet målgruppen evalueringen aktiviteterne samarbejdet udbyttet beskæftigelse "
    "opkvalificering rekruttering forankring opfølgning vejledning mentorordning praktik "
    "arbejdsmarkedet uddannelse kompetencer netværk erfaringer resultater målopnåelse "
    "har er blev kan skal vil bør giver skaber styrker viser bidrager understøtter fastholder "
    "løbende tydeligt samlet tidligt sent godt bedre stærkt svagt konkret fælles lokalt regionalt "
    "med og for til af på i om fra under efter gennem mellem uden hos ved "
    "nye flere færre store små centrale relevante tilfredse udsatte ledige unge ældre "
    "ofte sjældent typisk især navnlig desuden derfor dog alligevel samtidig"
).split()

SUBJECTS = ("Projektet", "Indsatsen", "Deltagerne", "Virksomhederne", "Kommunerne", "Jobcentret",
            "Partnerskabet", "Projektholder", "Evaluator", "Beskæftigelsesaktørerne")
TITLE_A = ("Styrket", "Bæredygtig", "Social", "Grøn", "Lokal", "Fælles", "Ny", "Inkluderende",
           "Digital", "Regional")
TITLE_B = ("inklusion", "beskæftigelse", "opkvalificering", "iværksætteri", "vækst", "omstilling",
           "fastholdelse", "uddannelse", "brobygning", "rekruttering")
TITLE_C = ("vækstpartnerskaber", "virksomhedssamarbejde", "mentorforløb", "lokale netværk",
           "praktikforløb", "kompetenceløft", "socialøkonomi", "klyngesamarbejde")
HOLDERS = ("Den Sociale Kapitalfond", "Erhvervshus Midt", "Foreningen Brobyg", "Aarhus Kommune",
           "Netværk Syd", "Fonden for Socialt Ansvar", "Væksthus Sjælland", "Uddannelsescenter Nord")
FIRST = ("Anne", "Mette", "Søren", "Jens", "Hanne", "Lars", "Birgitte", "Ole", "Karen", "Mads")
LAST = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen")
AXES = ("Inklusion, socialøkonomiske virksomheder (ESF-3b)", "Uddannelse og job (ESF-2)",
        "Iværksætteri og jobskabelse (ESF-1)")
REGIONS = (("hovedstaden", "Region Hovedstaden"), ("sjaelland", "Region Sjælland"),
           ("syddanmark", "Region Syddanmark"), ("midtjylland", "Region Midtjylland"),
           ("nordjylland", "Region Nordjylland"), ("ovrige", "Øvrige regioner"))
ACTIVITY = ("Udsattes kvalificering", "Virksomhedernes acceleratorforløb",
            "Partnerskaber mellem kommuner og virksomheder", "Afholdte netværksmøder",
            "Gennemførte screeningssamtaler")
OUTPUT = ("Antal deltagere", "Antal personer i praktikforløb", "Antal personer beskæftiget i virksomhederne",
          "Antal virksomheder, der gennemfører et forløb", "Antal gennemførte kompetenceforløb")
EFFECT = ("Antal deltagere, der gennemfører indslusningsforløb",
          "Antal deltagere i beskæftigelse umiddelbart efter deltagelsen",
          "Antal deltagere i uddannelse efter deltagelsen",
          "Antal deltagere i beskæftigelse 6 måneder efter deltagelsen",
          "Varige partnerskaber mellem kommuner og virksomheder",
          "Økonomisk vækst i deltagervirksomhederne")
PARAMS = (("organisation", "Organisering og samarbejde"), ("coherence", "Sammenhæng ml. aktiviteter og mål"),
          ("quality", "Kvalitet, målgruppens oplevelse"), ("relevance", "Relevans, målgruppens oplevelse"),
          ("anchoring", "Forankring af output"), ("monitoring", "Monitorering og opfølgning"))


def sentence(rng, lo=8, hi=16):
    ws = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return "%s %s." % (rng.choice(SUBJECTS), " ".join(ws))


def paragraph(rng, lo=3, hi=5, width=90):
    text = " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    lines.append(line)
    return "\n".join(lines)


def paragraphs(rng, k_lo=1, k_hi=3):
    return "\n\n".join(paragraph(rng) for _ in range(rng.randint(k_lo, k_hi)))


def q(s):
    """A YAML double-quoted scalar."""
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def num(x):
    """Fraction or int -> YAML number with a decimal point when needed."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    return ("%.1f" % float(x)) if (x * 10).denominator == 1 else str(float(x))


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    return datetime.date(d.year + y, m + 1, 1)


def printed_percent(status, target):
    """The row percentage as evalsite prints it, capped at 100 for the overall mean."""
    if Fraction(status) >= Fraction(target):
        return 100
    return int(Fraction(status) * 100 / Fraction(target))  # truncated; both positive


def goals(rng, prefix, labels, k, decimal_at=None):
    rows = []
    for j in range(k):
        target = rng.randint(5, 150)
        if j == decimal_at:
            target = Fraction(2 * target + 1, 2)  # x.5, like 45.5 in the reference
        status = rng.randint(0, int(Fraction(target) * Fraction(14, 10)))
        rows.append({"id": "%s%d" % (prefix, j + 1), "label": labels[j % len(labels)],
                     "target": target, "status": status})
    return rows


def report(i):
    rng = random.Random(SEED + i)
    kind = "final" if rng.random() < 0.6 else "midterm"
    start = datetime.date(2016 + rng.randint(0, 5), rng.randint(1, 12), 1)
    months = rng.randint(24, 48)
    end = add_months(start, months) - datetime.timedelta(days=1)
    regions = []
    for r, (rid, rname) in enumerate(rng.sample(REGIONS, rng.randint(1, 3))):
        total = Fraction(rng.randint(50, 400), 10)
        share = Fraction(rng.randint(90, 100) if kind == "final" else rng.randint(30, 80), 100)
        spent = Fraction(int(total * share * 10), 10)
        used = months if kind == "final" else rng.randint(months // 3, months - 1)
        out = goals(rng, "B", OUTPUT, rng.randint(3, 5), decimal_at=1 if r == 0 else None)
        eff = []
        for j in range(rng.randint(3, 6)):
            during = rng.randint(3, 60)
            after = during + rng.randint(0, 20)
            if r == 0 and j == 0:
                after = Fraction(2 * after + 1, 2)
            status = "-" if (r == 0 and j == 2) else rng.randint(0, int(after * 1.5))
            eff.append({"id": "C%d" % (j + 1), "label": EFFECT[j % len(EFFECT)], "during": during,
                        "after": after, "status": status})
        regions.append({"id": rid, "name": rname, "total": total, "spent": spent, "planned": months,
                        "used": used, "activity": goals(rng, "A", ACTIVITY, rng.randint(3, 4)),
                        "output": out, "effect": eff})
    scores = [rng.randint(2, 5) for _ in PARAMS]
    mean_tenths = (sum(scores) * 20 + 6) // 12  # sum/6 in tenths, rounded half-up
    rows = [printed_percent(g["status"], g["target"]) for reg in regions for g in reg["output"]]
    overall = sum(rows) // len(rows)
    answered_sent = rng.randint(5, 40)
    answered = rng.randint(3, answered_sent)
    return {"i": i, "rng": rng, "kind": kind, "start": start, "end": end, "regions": regions,
            "scores": scores, "mean": Fraction(mean_tenths, 10), "overall": overall,
            "sent": answered_sent, "answered": answered}


def report_yaml(rep):
    rng = rep["rng"]
    i = rep["i"]
    title = "%s %s gennem %s %04d" % (rng.choice(TITLE_A), rng.choice(TITLE_B), rng.choice(TITLE_C), i)
    L = ["# yaml-language-server: $schema=../../../schemas/report.schema.json",
         "# Synthetic report %04d, generated by bench/lib/portfolio.py." % i,
         "title: %s" % q(title),
         "kind: %s" % rep["kind"],
         "language: da",
         "date: %s" % (rep["end"] + datetime.timedelta(days=rng.randint(20, 90))).isoformat(),
         "evaluator: %s" % q("Evalueringsbureauet %s" % rng.choice(LAST)),
         "facts:",
         "  grant_holder: %s" % q(rng.choice(HOLDERS)),
         "  case_officer: %s" % q("%s %s" % (rng.choice(FIRST), rng.choice(LAST))),
         "  fund: Socialfonden (ESF)",
         "  priority_axis: %s" % q(rng.choice(AXES)),
         "  grant_period: {from: %s, to: %s}" % (rep["start"].isoformat(), rep["end"].isoformat()),
         "  municipalities: %d" % rng.randint(1, 20),
         "  supporting_regions: %d" % rng.randint(1, 5),
         "budget_unit: mio. DKK",
         "regions:"]
    for reg in rep["regions"]:
        L += ["  - id: %s" % reg["id"],
              "    name: %s" % reg["name"],
              "    budget: {total: %s, spent: %s}" % (num(reg["total"]), num(reg["spent"])),
              "    months: {planned: %d, used: %d}" % (reg["planned"], reg["used"]),
              "    activity_goals:"]
        for g in reg["activity"]:
            L.append("      - {id: %s, label: %s, target: %s, status: %s}" % (
                g["id"], q(g["label"]), num(g["target"]), g["status"]))
        L.append("    output_goals:")
        for g in reg["output"]:
            L.append("      - {id: %s, label: %s, target: %s, status: %s}" % (
                g["id"], q(g["label"]), num(g["target"]), g["status"]))
        L.append("    effect_goals:")
        for g in reg["effect"]:
            status = '"-"' if g["status"] == "-" else g["status"]
            L.append("      - {id: %s, label: %s, target_during: %s, target_after: %s, status: %s}" % (
                g["id"], q(g["label"]), num(g["during"]), num(g["after"]), status))
    L += ["implementation:",
          "  published_mean: %s" % num(rep["mean"]) if rep["mean"].denominator != 1 else
          "  published_mean: %d.0" % rep["mean"].numerator,
          "  summary: %s" % q(paragraph(rng, 2, 3, width=10 ** 6)),
          "  parameters:"]
    for (pid, _), score in zip(PARAMS, rep["scores"]):
        L += ["    - id: %s" % pid, "      score: %d" % score, "      finding: %s" % q(sentence(rng))]
    L += ["attainment:",
          "  published_percent: %d" % rep["overall"],
          "  summary: %s" % q(paragraph(rng, 2, 3, width=10 ** 6)),
          "effect:",
          "  light: %s" % rng.choice(("green", "green", "yellow", "red")),
          "  justification: %s" % q(paragraph(rng, 2, 3, width=10 ** 6)),
          "survey:",
          "  sent: %d" % rep["sent"],
          "  answered: %d" % rep["answered"],
          "  sections:",
          "    - id: prerequisites",
          "      question: %s" % q("Hvordan har indsatsen styrket deltagernes forudsætninger for at skabe effekter?"),
          "      lead: Antal virksomheder, der angiver at …",
          "      column: Antal virksomheder",
          "      items:"]
    for _ in range(rng.randint(3, 5)):
        L.append("        - {text: %s, top2: %d}" % (q(sentence(rng, 6, 12)), rng.randint(0, rep["answered"])))
    L += ["    - id: expectations",
          "      question: %s" % q("Virksomhedens forventninger til positive effekter af deltagelsen"),
          "      lead: Antal virksomheder, der forventer at …",
          "      column: Virksomheder med positiv forventning",
          "      items:"]
    for _ in range(rng.randint(2, 4)):
        cuts = sorted(rng.randint(0, rep["answered"]) for _ in range(4))
        dist = [b - a for a, b in zip([0] + cuts, cuts + [rep["answered"]])]
        L.append("        - {text: %s, distribution: [%s]}" % (q(sentence(rng, 6, 12)), ", ".join(map(str, dist))))
    L.append("effect_chain:")
    for key, lo, hi in (("activities", 3, 6), ("outputs", 3, 5), ("effects", 2, 4)):
        L.append("  %s:" % key)
        for _ in range(rng.randint(lo, hi)):
            L.append("    - %s" % q(sentence(rng, 5, 10)))
    L.append("learning_points:")
    for _ in range(rng.randint(2, 4)):
        L += ["  - title: %s" % q(sentence(rng, 5, 9)), "    text: %s" % q(paragraph(rng, 2, 3, width=10 ** 6))]
    return "\n".join(L) + "\n"


def narratives(rep):
    rng = random.Random(SEED * 31 + rep["i"])
    ids = [r["id"] for r in rep["regions"]]
    p = lambda lo=1, hi=3: paragraphs(rng, lo, hi)  # noqa: E731
    per_region = lambda fig: "\n\n".join("{{figure %s region=%s}}" % (fig, r) for r in ids)  # noqa: E731
    out = {}
    out["facts"] = "\n\n".join([p(2, 4), "{{figure factbox}}", "## Baggrund og formål", p(),
                                "## Projektets effektkæde", p(1, 2), "{{figure effect-chain}}"])
    out["status"] = "\n\n".join([p(2, 3), "## Overordnet status", p(1, 2),
                                 "{{chart output region=%s}}" % ids[0], "## Det videre forløb", p(1, 2)])
    impl = [p(1, 2), "{{figure implementation}}"]
    for _, name in PARAMS:
        impl += ["## " + name, p(1, 2)]
    out["implementation"] = "\n\n".join(impl)
    out["progress"] = "\n\n".join([p(1, 2), "{{figure overview}}",
                                   "## Fremdrift ift. aktiviteter og milepæle", p(1, 2), per_region("activity"),
                                   p(1, 1), per_region("budget"), p(1, 2),
                                   "## Målopnåelse i forhold til output", p(1, 2), per_region("output"), p(1, 3)])
    out["effects"] = "\n\n".join([p(1, 2), "## Forudsætninger for effektskabelse", p(1, 2),
                                  "{{figure survey section=prerequisites}}", p(1, 2),
                                  "## Forventninger til effekter", p(1, 1), "{{figure survey section=expectations}}",
                                  p(1, 2), "## Indsatsens effektmål", p(1, 1), per_region("effect"), p(1, 2)])
    out["learning"] = "\n\n".join([p(1, 1), "{{figure learning-points}}", "## Perspektiver", p(1, 2)])
    return {k: v + "\n" for k, v in out.items()}


SITE_YAML = """# yaml-language-server: $schema=../schemas/site.schema.json
# Synthetic portfolio generated by bench/lib/portfolio.py (bench/portfolio).
title: Evalueringsportalen (syntetisk portefølje)
description: Syntetiske midtvejs- og slutevalueringer til ydelsesmålinger af evalsite.
language: da
base_url: https://evaluering.example.dk/
"""

PAGES = {
    "om.md": "---\ntitle: Om portalen\nweight: 10\n---\n\n%s\n\n## Rapporterne\n\n%s\n",
    "metode.md": "---\ntitle: Metode\nweight: 20\n---\n\n%s\n\nSe [Bilag A i den første rapport]"
                 "(reports/rapport-0001/bilag-a.html).\n\n## Datagrundlag\n\n%s\n",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n, dest):
    if os.path.exists(dest) and os.listdir(dest):
        raise SystemExit("%s exists and is not empty; remove it first" % dest)
    write(os.path.join(dest, "site.yaml"), SITE_YAML)
    shutil.copyfile(os.path.join(REPO, "content", "scoring.yaml"), os.path.join(dest, "scoring.yaml"))
    rng = random.Random(SEED - 1)
    for name, template in PAGES.items():
        write(os.path.join(dest, "pages", name), template % (paragraphs(rng, 2, 3), paragraphs(rng, 1, 2)))
    for i in range(1, n + 1):
        rep = report(i)
        folder = os.path.join(dest, "reports", "rapport-%04d" % i)
        write(os.path.join(folder, "report.yaml"), report_yaml(rep))
        for chapter, text in narratives(rep).items():
            write(os.path.join(folder, chapter + ".md"), text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: portfolio.py N DIR\n")
        sys.exit(2)
    n = int(sys.argv[1])
    if n < 1:
        raise SystemExit("N must be at least 1")
    generate(n, sys.argv[2])


if __name__ == "__main__":
    main()
