package com.playgent.maven.report;

import com.playgent.client.model.ScorerOutput;
import com.playgent.core.outcome.Escaper;
import com.playgent.core.outcome.Scores;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.report.ReportData.FailedRun;
import com.playgent.maven.report.ReportData.FailingTurn;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.SkippedUnit;
import com.playgent.maven.report.ReportData.TestCaseStats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code index.html}: one self-contained page (inline CSS, inline SVG, a few lines of inline script,
 * a Content-Security-Policy that forbids loading anything), readable offline and as a CI artifact.
 * Every value from a run file is HTML-escaped. When the page has rendered, its script sets
 * {@code data-rendered="ok"} on {@code <body>} (a headless browser test checks it).
 */
public final class HtmlReport {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private HtmlReport() {}

  /**
   * @param spec the configured gates, drawn as limit lines; may be null
   * @param gates the gate results, shown as a table; may be null
   */
  public static String render(ReportData d, GateSpec spec, GateResults gates, Instant generatedAt) {
    GateSpec g = spec == null ? GateSpec.none() : spec;
    boolean ok = d.allPassed() && (gates == null || gates.passed());
    StringBuilder h = new StringBuilder(32 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';")
        .append(" script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(Escaper.HTML.escape(MarkdownSummary.headline(d, gates).replaceFirst("^\\S+ ", "")))
        .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n");
    h.append("<body data-rendered=\"pending\" data-status=\"").append(JsonSummary.status(d, gates))
        .append("\">\n<main>\n");
    h.append("<header class=\"top\"><div><h1>Playgent report</h1><p class=\"muted\">")
        .append(d.runs()).append(d.runs() == 1 ? " run" : " runs").append(" from <code>")
        .append(Escaper.HTML.escape(String.valueOf(d.source()))).append("</code> · generated ")
        .append(WHEN.format(generatedAt)).append("</p><p class=\"muted small\">Read ")
        .append(Escaper.HTML.escape(d.sessions().description())).append("</p></div>");
    String badge = d.isEmpty() ? "empty" : ok ? "pass" : "fail";
    h.append("<div class=\"badge ").append(badge).append("\">")
        .append(Escaper.HTML.escape(MarkdownSummary.headline(d, gates).replaceFirst("^\\S+ Playgent: ", "")))
        .append("</div></header>\n");

    if (d.isEmpty()) {
      if (d.sessions().ids().isEmpty()) {
        h.append("<section class=\"card empty\"><h2>No recorded Playgent runs</h2><p>No Playgent session was found in ")
            .append("<code>").append(Escaper.HTML.escape(d.source() + "/sessions")).append("</code>, so there is ")
            .append("nothing to report.</p><p>Run the tests with the Playgent JUnit extension ")
            .append("(<code>mvn verify</code>) or the <code>playgent:run</code> goal first; both write a session ")
            .append("there.</p></section>\n");
      } else {
        h.append("<section class=\"card empty\"><h2>No Playgent run was judged</h2><p>The sessions hold no run")
            .append(d.onlySkipped() ? ": every unit was skipped." : ", so there is nothing to report.")
            .append("</p></section>\n");
      }
      skippedUnits(h, d);
      return finish(h, 0);
    }

    tiles(h, d);
    if (gates != null) {
      gates(h, gates);
    }
    int charts = 0;
    h.append("<section class=\"grid\">\n");
    h.append("<figure class=\"card\"><figcaption>Pass rate per test case</figcaption>")
        .append(Charts.passRatePerTestCase(d.testCaseStats(), g.minPassRatePerTestCase()));
    charts++;
    if (d.testCaseStats().size() > Charts.MAX_ROWS) {
      h.append("<p class=\"muted\">The ").append(Charts.MAX_ROWS).append(" lowest of ").append(d.testCaseStats().size())
          .append(" test cases; the table lists all.</p>");
    }
    h.append("</figure>\n");
    h.append("<figure class=\"card\"><figcaption>Latency per turn</figcaption>");
    if (d.latency().count() > 0) {
      h.append(Charts.latency(d.latency(), g.maxP95LatencyMs()));
      charts++;
    } else {
      h.append("<p class=\"muted\">No turn reported <code>metrics.latency_ms</code>.</p>");
    }
    if (d.latency().missing() > 0 && d.latency().count() > 0) {
      h.append("<p class=\"muted\">").append(d.latency().missing()).append(" turns reported no latency.</p>");
    }
    h.append("</figure>\n");
    h.append("<figure class=\"card wide\"><figcaption>Score distribution per scorer</figcaption><div class=\"multiples\">");
    if (d.scorers().isEmpty()) {
      h.append("<p class=\"muted\">No scorer scores were recorded.</p>");
    }
    for (ScorerStats s : d.scorers()) {
      GateSpec.ScorerGate sg = g.scorers().stream().filter(x -> x.name().equals(s.name())).findFirst().orElse(null);
      h.append(Charts.scorerHistogram(s, sg == null ? null : sg.min(), sg == null ? null : sg.minMean()));
      charts++;
    }
    h.append("</div></figure>\n");
    h.append("<figure class=\"card wide\"><figcaption>Cost per test case</figcaption>")
        .append(Charts.costPerTestCase(d.testCaseStats()));
    charts++;
    if (!d.cost().known()) {
      h.append("<p class=\"warn\">Total cost unknown: ").append(Escaper.HTML.escape(d.cost().missingExplanation()))
          .append(".</p>");
    }
    h.append("</figure>\n</section>\n");

    failingTurns(h, d);
    failedRuns(h, d);
    skippedUnits(h, d);
    testCases(h, d);
    return finish(h, charts);
  }

  private static void tiles(StringBuilder h, ReportData d) {
    h.append("<section class=\"tiles\">\n");
    tile(h, "Pass rate", Format.percent(d.passRate()), d.turnsPassed() + " of " + d.turns() + " turns passed",
        d.turnsFailed() == 0 ? "good" : "bad");
    tile(h, "Failed turns", String.valueOf(d.turnsFailed()), d.failingTurns().stream()
        .map(f -> f.caseLabel()).distinct().count() + " test cases affected", d.turnsFailed() == 0 ? "good" : "bad");
    tile(h, "Runs", String.valueOf(d.runs()), d.failedRuns().isEmpty() ? "all completed"
        : d.failedRuns().size() + " did not complete", d.failedRuns().isEmpty() ? "" : "bad");
    tile(h, "Total cost", Format.cost(d.cost().usd(), d.cost().known()), d.cost().known() ? "sum of every run"
        : ReportData.plural(d.cost().turnsMissingCost(), "turn") + " without cost", d.cost().known() ? "" : "warn");
    tile(h, "Test cases", String.valueOf(d.testCases()), d.testCaseStats().stream()
        .filter(c -> c.turnsFailed() == 0 && c.failedRuns() == 0 && c.turns() > 0).count() + " fully passed", "");
    tile(h, "Latency p95", Format.millis(d.latency().p95()), d.latency().count() == 0 ? "no latency reported"
        : "p50 " + d.latency().p50() + " ms · p99 " + d.latency().p99() + " ms", "");
    h.append("</section>\n");
  }

  private static void tile(StringBuilder h, String name, String value, String note, String tone) {
    h.append("<div class=\"tile ").append(tone).append("\"><div class=\"tile-name\">").append(Escaper.HTML.escape(name))
        .append("</div><div class=\"tile-value\">").append(Escaper.HTML.escape(value))
        .append("</div><div class=\"muted\">")
        .append(Escaper.HTML.escape(note)).append("</div></div>\n");
  }

  private static void gates(StringBuilder h, GateResults gates) {
    h.append("<section class=\"card\"><h2>Quality gates <span class=\"pill ").append(gates.passed() ? "good" : "bad")
        .append("\">").append(gates.passed() ? "passed" : gates.failed().size() + " of " + gates.results().size()
            + " failed").append("</span></h2><table class=\"gates\"><thead><tr><th>Gate</th><th class=\"num\">Actual")
        .append("</th><th class=\"num\">Limit</th><th>Result</th></tr></thead><tbody>\n");
    for (GateResult r : gates.results()) {
      h.append("<tr class=\"").append(r.passed() ? "ok" : "ko").append("\" title=\"")
          .append(Escaper.HTML.escape(r.message()))
          .append("\"><td>").append(Escaper.HTML.escape(r.name()));
      if ("unknown".equals(r.actual())) {
        h.append("<div class=\"muted small\">").append(Escaper.HTML.escape(r.message().replaceFirst("^.*?: ", "")))
            .append("</div>");
      }
      h.append("</td><td class=\"num\">").append(Escaper.HTML.escape(r.actual())).append("</td><td class=\"num\">")
          .append(Escaper.HTML.escape(r.limit())).append("</td><td>").append(r.passed()
              ? "<span class=\"pill good\">passed</span>" : "<span class=\"pill bad\">failed</span>")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void testCases(StringBuilder h, ReportData d) {
    h.append("<section class=\"card\"><h2>Test cases</h2><table><thead><tr><th>Test case</th><th class=\"num\">Runs</th>")
        .append("<th class=\"num\">Turns</th><th class=\"num\">Passed</th><th class=\"num\">Failed</th>")
        .append("<th class=\"num\">Pass rate</th><th class=\"num\">Cost</th><th class=\"num\">p95 latency</th>")
        .append("</tr></thead><tbody>\n");
    for (TestCaseStats c : d.testCaseStats()) {
      h.append("<tr class=\"").append(c.turnsFailed() == 0 && c.failedRuns() == 0 ? "ok" : "ko").append("\"><td>")
          .append(Escaper.HTML.escape(c.label())).append("</td><td class=\"num\">").append(c.runs())
          .append(c.failedRuns() == 0 ? "" : " <span class=\"bad-text\">(" + c.failedRuns() + " failed)</span>")
          .append("</td><td class=\"num\">").append(c.turns()).append("</td><td class=\"num\">").append(c.turnsPassed())
          .append("</td><td class=\"num\">").append(c.turnsFailed()).append("</td><td class=\"num\">")
          .append(Format.percent(c.passRate())).append("</td><td class=\"num\">")
          .append(Escaper.HTML.escape(Format.cost(c.costUsd(), c.costKnown()))).append("</td><td class=\"num\">")
          .append(Format.millis(c.p95LatencyMs())).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void failingTurns(StringBuilder h, ReportData d) {
    h.append("<section class=\"card\"><h2>Failing turns <span class=\"pill ")
        .append(d.failingTurns().isEmpty() ? "good" : "bad").append("\">").append(d.failingTurns().size())
        .append("</span></h2>\n");
    if (d.failingTurns().isEmpty()) {
      h.append("<p class=\"muted\">Every judged turn passed.</p></section>\n");
      return;
    }
    h.append("<table class=\"turns\"><thead><tr><th>Turn</th><th>Expected behaviour</th><th>Output</th>")
        .append("<th>Scorers</th><th>Trace</th></tr></thead><tbody>\n");
    for (FailingTurn f : d.failingTurns()) {
      TurnReport t = f.report();
      h.append("<tr id=\"").append(Escaper.HTML.escape(t.runId() + "-turn-" + t.number()))
          .append("\"><td class=\"turn\">")
          .append("<a href=\"").append(Html.href(t.link())).append("\">").append(Escaper.HTML.escape(t.displayName()))
          .append("</a><div class=\"muted small\">run <code>").append(Escaper.HTML.escape(t.runId()))
          .append("</code></div>")
          .append("<div class=\"headline\">").append(Escaper.HTML.escape(t.headline())).append("</div>");
      for (String v : t.verdict().thresholdViolations()) {
        h.append("<div class=\"bad-text small\">").append(Escaper.HTML.escape(v)).append("</div>");
      }
      String input = t.turn().inputText();
      if (!input.isBlank()) {
        h.append("<div class=\"small\"><span class=\"muted\">Input:</span> <span class=\"text\">")
            .append(Escaper.HTML.escape(Text.oneLine(input, 300))).append("</span></div>");
      }
      h.append("</td><td class=\"text\">")
          .append(Escaper.HTML.escape(orNone(Text.cut(t.turn().expectedBehavior(), t.runId()))))
          .append("</td><td><div class=\"output\">")
          .append(Escaper.HTML.escape(orNone(Text.cut(t.turn().outputText(), t.runId()))))
          .append("</div></td><td><ul class=\"scorers\">");
      for (Map.Entry<String, ScorerOutput> e : t.turn().evaluationOrEmpty().scorers().entrySet()) {
        ScorerOutput s = e.getValue() == null ? new ScorerOutput(null, null) : e.getValue();
        String tone = s.score() == null ? "" : s.score() >= 0.8 ? "good" : s.score() >= 0.5 ? "warn" : "bad";
        h.append("<li><span class=\"score ").append(tone).append("\">").append(Scores.format(s.score()))
            .append("</span> <b>").append(Escaper.HTML.escape(e.getKey())).append("</b><div class=\"reason\">")
            .append(Escaper.HTML.escape(orNone(Text.cut(s.reasoning(), t.runId())))).append("</div></li>");
      }
      if (t.turn().evaluationOrEmpty().scorers().isEmpty()) {
        h.append("<li class=\"muted\">none reported</li>");
      }
      h.append("</ul></td><td class=\"trace\">");
      if (t.turn().traceId() != null) {
        h.append("<a href=\"").append(Html.href(f.traceLink())).append("\"><code>")
            .append(Escaper.HTML.escape(t.turn().traceId())).append("</code></a>");
      } else {
        h.append("<span class=\"muted\">none</span>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void failedRuns(StringBuilder h, ReportData d) {
    if (d.failedRuns().isEmpty()) {
      return;
    }
    h.append("<section class=\"card\"><h2>Runs that did not complete <span class=\"pill bad\">")
        .append(d.failedRuns().size()).append("</span></h2><ul class=\"runs\">\n");
    for (FailedRun r : d.failedRuns()) {
      h.append("<li><a href=\"").append(Html.href(r.link())).append("\"><code>").append(Escaper.HTML.escape(r.name()))
          .append("</code></a> <span class=\"pill bad\">").append(Escaper.HTML.escape(r.status())).append("</span> ")
          .append(Escaper.HTML.escape(r.problem())).append("</li>\n");
    }
    h.append("</ul></section>\n");
  }

  private static void skippedUnits(StringBuilder h, ReportData d) {
    if (d.skippedUnits().isEmpty()) {
      return;
    }
    h.append("<section class=\"card\"><h2>Skipped, not judged <span class=\"pill\">")
        .append(d.skippedUnits().size()).append("</span></h2><ul class=\"runs\">\n");
    for (SkippedUnit u : d.skippedUnits()) {
      h.append("<li><code>").append(Escaper.HTML.escape(u.label())).append("</code> <span class=\"pill\">")
          .append(Escaper.HTML.escape(u.outcome())).append("</span> ").append(Escaper.HTML.escape(u.message()))
          .append("</li>\n");
    }
    h.append("</ul></section>\n");
  }

  private static String finish(StringBuilder h, int charts) {
    h.append("<footer class=\"muted\">Playgent Maven plugin · self-contained report: no network, no external files.")
        .append("</footer>\n</main>\n");
    h.append("<script>\n(function () {\n  var body = document.body;\n  try {\n")
        .append("    var expected = ").append(charts).append(";\n")
        .append("    var drawn = document.querySelectorAll('svg.chart').length;\n")
        .append("    if (drawn !== expected) { throw new Error('expected ' + expected + ' charts, found ' + drawn); }\n")
        .append("    body.setAttribute('data-charts', String(drawn));\n")
        .append("    body.setAttribute('data-rendered', 'ok');\n")
        .append("  } catch (e) {\n    body.setAttribute('data-rendered', 'error: ' + e.message);\n")
        .append("    console.error(e);\n  }\n})();\n</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String orNone(String s) {
    return s == null || s.isBlank() ? "(none)" : s;
  }

  private static final String CSS = """
      :root{--ink:#1d2330;--muted:#6b7280;--line:#e5e7eb;--bg:#f6f7f9;--good:#1f9d55;--bad:#d64545;--warn:#b7791f}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
      "Helvetica Neue",Arial,"Noto Sans",sans-serif}
      main{max-width:1240px;margin:0 auto;padding:24px 28px 40px}
      h1{font-size:22px;margin:0 0 2px}h2{font-size:16px;margin:0 0 12px;display:flex;gap:8px;align-items:center}
      code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      .top{display:flex;justify-content:space-between;align-items:center;gap:16px;margin-bottom:18px}
      .top p{margin:0}
      .muted{color:var(--muted)}.small{font-size:12px}
      .badge{padding:8px 14px;border-radius:999px;font-weight:600;white-space:nowrap}
      .badge.pass{background:#e3f5ea;color:#176c3c}.badge.fail{background:#fde8e8;color:#9b1c1c}
      .badge.empty{background:#fff4d6;color:#8a5a00}
      .tiles{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:12px;margin-bottom:16px}
      .tile{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 14px;border-top:4px solid #c7cdd6}
      .tile.good{border-top-color:var(--good)}.tile.bad{border-top-color:var(--bad)}.tile.warn{border-top-color:var(--warn)}
      .tile-name{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
      .tile-value{font-size:26px;font-weight:650;margin:2px 0;font-variant-numeric:tabular-nums}
      .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin:0 0 16px}
      .grid{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-bottom:16px}
      .grid .card{margin:0}.grid .wide{grid-column:span 1}
      figure{margin:0}figcaption{font-weight:600;font-size:15px;margin-bottom:8px}
      svg.chart{max-width:100%;height:auto;font-size:12px;font-family:inherit;display:block}
      .multiples{display:flex;flex-wrap:wrap;gap:8px 20px}
      .multiples svg.chart{width:262px}
      table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
      th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);
      border-bottom:1px solid var(--line);padding:6px 8px}
      td{border-bottom:1px solid #f0f1f3;padding:7px 8px;vertical-align:top}
      .num{text-align:right;white-space:nowrap}
      tr.ko td:first-child{box-shadow:inset 3px 0 0 var(--bad)}tr.ok td:first-child{box-shadow:inset 3px 0 0 var(--good)}
      .pill{font-size:12px;font-weight:600;border-radius:999px;padding:2px 8px;background:#eef0f3}
      .pill.good{background:#e3f5ea;color:#176c3c}.pill.bad{background:#fde8e8;color:#9b1c1c}
      .bad-text{color:var(--bad)}.warn{color:var(--warn)}
      table.turns td{font-size:13px}
      table.gates td{padding:5px 8px}table.gates td:first-child{width:46%}
      .turn{width:24%}.turn a{font-weight:600;color:#2446c7;text-decoration:none;word-break:break-word}
      .headline{margin-top:4px;color:#9b1c1c;font-weight:500}
      .text{white-space:pre-wrap;word-break:break-word}
      .output{white-space:pre-wrap;word-break:break-word;max-height:160px;overflow:auto;background:#f8f9fb;
      border:1px solid var(--line);border-radius:6px;padding:6px 8px;font-size:12.5px}
      ul.scorers{list-style:none;margin:0;padding:0}ul.scorers li{margin-bottom:6px}
      .reason{color:#4b5563;font-size:12px;white-space:pre-wrap;word-break:break-word}
      .score{display:inline-block;min-width:38px;text-align:center;border-radius:4px;font-weight:600;font-size:12px;
      padding:1px 4px;background:#eef0f3}
      .score.good{background:#e3f5ea;color:#176c3c}.score.warn{background:#fff4d6;color:#8a5a00}
      .score.bad{background:#fde8e8;color:#9b1c1c}
      .trace{white-space:nowrap}.trace a{color:#2446c7}
      ul.runs{margin:0;padding-left:18px}ul.runs li{margin-bottom:6px}
      footer{margin-top:20px;font-size:12px}
      @media (max-width:900px){.tiles{grid-template-columns:repeat(3,1fr)}.grid{grid-template-columns:1fr}}
      """;
}
