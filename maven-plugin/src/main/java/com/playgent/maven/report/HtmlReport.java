package com.playgent.maven.report;

import com.playgent.client.model.Message;
import com.playgent.core.outcome.Escaper;
import com.playgent.core.outcome.ScorerJudgement;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.report.ReportData.CaseRun;
import com.playgent.maven.report.ReportData.FailedRun;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.SkippedUnit;
import com.playgent.maven.report.ReportData.TestCaseStats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code index.html}: one self-contained page (inline CSS, inline SVG, a few lines of inline script,
 * a Content-Security-Policy that forbids loading anything), readable offline and as a CI artifact.
 * Every value from a run file is HTML-escaped. Each test case opens to its whole conversation: every
 * turn with its input, output and every scorer with its mark, rule and reasoning. A search box and
 * a "failures only" filter narrow the list; {@code #case-<id>} in the address opens a test case.
 * Without script everything is still there, each test case opening on a click. When the page has
 * rendered, its script sets {@code data-rendered="ok"} on {@code <body>} (a headless browser test
 * checks it).
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
    return render(d, spec, gates, generatedAt, null);
  }

  /** @param baseline the comparison with the baseline, shown after the gates; may be null */
  public static String render(ReportData d, GateSpec spec, GateResults gates, Instant generatedAt,
      BaselineSection baseline) {
    GateSpec g = spec == null ? GateSpec.none() : spec;
    boolean ok = d.allPassed() && (gates == null || gates.passed());
    StringBuilder h = new StringBuilder(64 * 1024);
    String headline = MarkdownSummary.headline(d, gates);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';")
        .append(" script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(Escaper.HTML.escape(headline.replaceFirst("^\\S+ ", "")))
        .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n");
    h.append("<body data-rendered=\"pending\" data-status=\"").append(JsonSummary.status(d, gates))
        .append("\">\n<main>\n");
    h.append("<header class=\"top\"><div><h1>Playgent report</h1><p class=\"muted\">")
        .append(ReportData.plural(d.runs(), "run")).append(" from <code>")
        .append(Escaper.HTML.escape(String.valueOf(d.source()))).append("</code> · generated ")
        .append(WHEN.format(generatedAt)).append("</p><p class=\"muted small\">Read ")
        .append(Escaper.HTML.escape(d.sessions().description())).append("</p></div>");
    String badge = d.isEmpty() ? "empty" : ok ? "pass" : "fail";
    h.append("<div class=\"badge ").append(badge).append("\">")
        .append(Escaper.HTML.escape(headline.replaceFirst("^\\S+ Playgent: ", "")))
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
    BaselineHtml.append(h, baseline);
    int charts = charts(h, d, g);
    failedRuns(h, d);
    skippedUnits(h, d);
    RepeatsHtml.section(h, d.repeated());
    testCases(h, d);
    return finish(h, charts);
  }

  private static int charts(StringBuilder h, ReportData d, GateSpec g) {
    int charts = 0;
    h.append("<section class=\"grid\">\n");
    h.append("<figure class=\"card\"><figcaption>Pass rate per test case</figcaption>")
        .append(Charts.passRatePerTestCase(d.testCaseStats(), g.minPassRatePerTestCase()));
    charts++;
    if (d.testCaseStats().size() > Charts.MAX_ROWS) {
      h.append("<p class=\"muted\">The first ").append(Charts.MAX_ROWS).append(" of ")
          .append(ReportData.plural(d.testCaseStats().size(), "test case")).append("; the list below has all.</p>");
    }
    h.append("</figure>\n");
    h.append("<figure class=\"card\"><figcaption>Latency per turn</figcaption>");
    if (d.latency().count() > 0) {
      h.append(Charts.latency(d.latency(), g.maxP95LatencyMs()));
      charts++;
    } else {
      h.append("<p class=\"muted\">Latency unknown: no turn reported <code>metrics.latency_ms</code>.</p>");
    }
    if (d.latency().missing() > 0 && d.latency().count() > 0) {
      h.append("<p class=\"muted\">").append(ReportData.plural(d.latency().missing(), "turn"))
          .append(" reported no latency and are not drawn.</p>");
    }
    h.append("</figure>\n");
    h.append("<figure class=\"card wide\"><figcaption>Score distribution per scorer</figcaption><div class=\"multiples\">");
    if (d.scorers().isEmpty()) {
      h.append("<p class=\"muted\">No scorer scores were recorded.</p>");
    }
    for (ScorerStats s : d.scorers()) {
      GateSpec.ScorerGate sg = g.scorers().stream().filter(x -> x.name().equals(s.name())).findFirst().orElse(null);
      h.append(Charts.scorerHistogram(s, sg));
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
    return charts;
  }

  private static void tiles(StringBuilder h, ReportData d) {
    h.append("<section class=\"tiles\">\n");
    tile(h, "Pass rate", Format.percent(d.passRate()), d.turnsPassed() + " of " + ReportData.plural(d.turns(), "turn")
        + " passed" + (d.turnsKnownFailing() == 0 ? "" : ", " + d.turnsKnownFailing() + " known failing"),
        d.turnsFailed() == 0 ? "good" : "bad");
    long affected = d.failingTurns().stream().map(f -> f.caseLabel()).distinct().count();
    tile(h, "Failed turns", String.valueOf(d.turnsFailed()), d.turnsFailed() == 0
        ? (d.turnsKnownFailing() == 0 ? "none" : "none; " + d.turnsKnownFailing() + " known failing, skipped in JUnit")
        : ReportData.plural(affected, "test case") + " affected", d.turnsFailed() == 0 ? "good" : "bad");
    tile(h, "Runs", String.valueOf(d.runs()), d.failedRuns().isEmpty() ? "all completed"
        : d.failedRuns().size() + " did not complete", d.failedRuns().isEmpty() ? "" : "bad");
    tile(h, "Total cost", Format.cost(d.cost().usd(), d.cost().known()), d.cost().known() ? "sum of every run"
        : ReportData.plural(d.cost().turnsMissingCost(), "turn") + " without cost", d.cost().known() ? "" : "warn");
    tile(h, "Test cases", String.valueOf(d.testCases()), d.testCaseStats().stream()
        .filter(TestCaseStats::passed).count() + " passed", "");
    tile(h, "Latency p95", Format.millis(d.latency().p95()), d.latency().count() == 0 ? "no turn reported latency"
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

  /**
   * Every test case, failing ones first, each with every run and every turn of it; those with a
   * failing or known failing turn are open.
   */
  private static void testCases(StringBuilder h, ReportData d) {
    h.append("<section class=\"card\" id=\"test-cases\"><h2>Test cases <span class=\"pill\">")
        .append(d.testCases()).append("</span></h2>\n");
    h.append("<div class=\"toolbar\"><input type=\"search\" id=\"q\" placeholder=\"Search test cases, inputs, outputs,")
        .append(" reasoning…\" aria-label=\"Search test cases\"><label><input type=\"checkbox\" id=\"failures-only\">")
        .append(" Failures only</label><span id=\"shown\" class=\"muted small\" aria-live=\"polite\"></span></div>\n");
    h.append("<p class=\"legend muted small\">Marks: <b class=\"good-text\">✓</b> passed its threshold (or the")
        .append(" service's per-scorer verdict) · <b class=\"bad-text\">✗</b> failed it · <b>·</b> no verdict of its")
        .append(" own: the service judged the turn as a whole. <span class=\"pill warn\">known failing</span> turns are")
        .append(" listed in <code>knownFailingTurns</code>: JUnit reports them as skipped and they fail no build.</p>\n");
    for (TestCaseStats c : d.testCaseStats()) {
      List<CaseRun> runs = d.caseRuns().stream().filter(r -> r.key().equals(c.key())).toList();
      boolean failures = !c.passed();
      h.append("<details class=\"case ").append(failures ? "ko" : "ok").append("\" id=\"case-")
          .append(Escaper.HTML.escape(elementId(c.key()))).append("\" data-failed=\"").append(failures)
          .append('"').append(failures || c.turnsKnownFailing() > 0 ? " open" : "").append("><summary><span class=\"mark ")
          .append(failures ? "bad-text\">✗" : "good-text\">✓").append("</span> <b class=\"case-name\">")
          .append(Escaper.HTML.escape(c.label())).append("</b> <span class=\"muted\">")
          .append(Escaper.HTML.escape(caseLine(c))).append("</span></summary>\n");
      for (CaseRun r : runs) {
        caseRun(h, r, d.repeated());
      }
      h.append("</details>\n");
    }
    h.append("</section>\n");
  }

  /** {@code 1 run · 3 turns · 2 passed · 1 failed · pass rate 66.7% · cost $0.0102 · p95 2100 ms}. */
  static String caseLine(TestCaseStats c) {
    return ReportData.plural(c.runs(), "run") + (c.failedRuns() == 0 ? "" : " (" + c.failedRuns() + " failed)") + " · "
        + ReportData.plural(c.turns(), "turn") + " · " + c.turnsPassed() + " passed · " + c.turnsFailed() + " failed"
        + (c.turnsKnownFailing() == 0 ? "" : " · " + c.turnsKnownFailing() + " known failing")
        + " · pass rate " + Format.percent(c.passRate()) + " · cost " + Format.cost(c.costUsd(), c.costKnown())
        + " · p95 " + Format.millis(c.p95LatencyMs());
  }

  private static void caseRun(StringBuilder h, CaseRun r, RepeatedRuns repeated) {
    String runId = r.report().run().runId();
    h.append("<div class=\"run\"><div class=\"run-head\">run <a href=\"").append(Html.href(r.report().link()))
        .append("\"><code>").append(Escaper.HTML.escape(runId)).append("</code></a>");
    if (r.report().run().agent() != null) {
      h.append(" · agent ").append(Escaper.HTML.escape(Text.oneLine(r.report().run().agent().label(), 80)));
    }
    h.append(" · ").append(Escaper.HTML.escape(r.verdict().summary())).append("</div>\n");
    if (r.verdict().ownTest()) {
      h.append("<div class=\"problem\" data-failed=\"true\">").append(Escaper.HTML.escape(r.verdict().message()))
          .append("</div>\n");
    }
    for (TurnReport t : r.turns()) {
      turn(h, r, t, repeated);
    }
    h.append("</div>\n");
  }

  private static void turn(StringBuilder h, CaseRun r, TurnReport t, RepeatedRuns repeated) {
    boolean passed = t.verdict().passed();
    boolean known = r.isKnownFailing(t);
    String tone = passed ? "ok" : known ? "known" : "ko";
    h.append("<article class=\"turn ").append(tone).append("\" id=\"")
        .append(Escaper.HTML.escape(elementId(t.runId() + "-turn-" + t.number()))).append("\" data-failed=\"")
        .append(!passed && !known).append("\"><div class=\"turn-head\"><a class=\"turn-name\" href=\"")
        .append(Html.href(t.link())).append("\">").append(Escaper.HTML.escape(t.displayName())).append("</a> ")
        .append(passed ? "<span class=\"pill good\">passed</span>" : known
            ? "<span class=\"pill warn\">known failing</span>" : "<span class=\"pill bad\">failed</span>")
        .append(RepeatsHtml.pill(repeated, t))
        .append("</div>\n<div class=\"headline ").append(tone).append("\">").append(Escaper.HTML.escape(t.headline()))
        .append("</div>\n<div class=\"qa\"><div class=\"label\">Expected</div><div class=\"text\">")
        .append(Escaper.HTML.escape(orNone(Text.cut(t.turn().expectedBehavior(), t.runId())))).append("</div>");
    messages(h, "Input", t.turn().input(), t.runId());
    messages(h, "Output", t.turn().output(), t.runId());
    h.append("</div>\n<table class=\"scorers\"><tbody>");
    if (t.verdict().scorers().isEmpty()) {
      h.append("<tr><td class=\"muted\" colspan=\"5\">no scorer reported</td></tr>");
    }
    for (ScorerJudgement j : t.verdict().scorers()) {
      String mark = j.mark() == ScorerJudgement.Mark.FAILED ? "bad-text" : j.mark() == ScorerJudgement.Mark.PASSED
          ? "good-text" : "muted";
      String rule = j.threshold() != null ? j.threshold().rule() : j.mark() == ScorerJudgement.Mark.NONE ? ""
          : "service";
      h.append("<tr><td class=\"mark ").append(mark).append("\" title=\"").append(j.mark().meaning()).append("\">")
          .append(j.mark().symbol()).append("</td><td class=\"name\">").append(Escaper.HTML.escape(j.name()))
          .append("</td><td class=\"num\">").append(j.score() == null ? "n/a" : Format.score(j.score()))
          .append("</td><td class=\"rule muted\">").append(Escaper.HTML.escape(rule))
          .append("</td><td class=\"reason\">").append(Escaper.HTML.escape(orNone(Text.cut(j.reasoning(), t.runId()))))
          .append("</td></tr>");
    }
    h.append("</tbody></table>\n<div class=\"muted small\">").append(Escaper.HTML.escape(TurnReport.metrics(
        t.turn().metrics())));
    if (t.turn().traceId() != null) {
      h.append(" · trace <a href=\"").append(Html.href(r.traceBase() + t.turn().traceId())).append("\"><code>")
          .append(Escaper.HTML.escape(t.turn().traceId())).append("</code></a>");
    }
    h.append("</div></article>\n");
  }

  private static void messages(StringBuilder h, String label, List<Message> messages, String runId) {
    h.append("<div class=\"label\">").append(label).append("</div><div>");
    if (messages == null || messages.isEmpty()) {
      h.append("<span class=\"muted\">(none)</span>");
    }
    for (Message m : messages == null ? List.<Message>of() : messages) {
      if (m == null) {
        continue;
      }
      h.append("<div class=\"msg\"><span class=\"role\">").append(Escaper.HTML.escape(m.role() == null ? "?" : m.role()))
          .append("</span><div class=\"text\">").append(Escaper.HTML.escape(orNone(Text.cut(m.content(), runId))))
          .append("</div></div>");
    }
    h.append("</div>");
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
        .append(SCRIPT)
        .append("    body.setAttribute('data-rendered', 'ok');\n")
        .append("  } catch (e) {\n    body.setAttribute('data-rendered', 'error: ' + e.message);\n")
        .append("    console.error(e);\n  }\n})();\n</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String orNone(String s) {
    return s == null || s.isBlank() ? "(none)" : s;
  }

  /** An element id from a run or test case id: letters, digits, dash and underscore. */
  static String elementId(String s) {
    return (s == null ? "" : s).replaceAll("[^A-Za-z0-9_-]", "_").toLowerCase(Locale.ROOT);
  }

  /**
   * The page's behaviour: counts the charts, then wires the search box and the failures filter (a
   * test case shows when it matches; within it, a turn shows when it matches or the test case's name
   * does; "failures only" keeps failing test cases and, within them, failing turns), and opens the
   * test case an address fragment names.
   */
  private static final String SCRIPT = """
          var drawn = document.querySelectorAll('svg.chart').length;
          if (drawn !== expected) { throw new Error('expected ' + expected + ' charts, found ' + drawn); }
          body.setAttribute('data-charts', String(drawn));
          var q = document.getElementById('q');
          var only = document.getElementById('failures-only');
          var shown = document.getElementById('shown');
          var cases = Array.prototype.slice.call(document.querySelectorAll('details.case'));
          function text(el) { return (el.textContent || '').toLowerCase(); }
          function apply() {
            var term = q ? q.value.trim().toLowerCase() : '';
            var failing = only ? only.checked : false;
            var visible = 0;
            cases.forEach(function (c) {
              var nameHit = term === '' || text(c.querySelector('summary')).indexOf(term) >= 0;
              var any = false;
              c.querySelectorAll('.turn, .problem').forEach(function (t) {
                var show = (!failing || t.getAttribute('data-failed') === 'true')
                    && (nameHit || text(t).indexOf(term) >= 0);
                t.hidden = !show;
                any = any || show;
              });
              var show = (!failing || c.getAttribute('data-failed') === 'true') && (nameHit || any);
              c.hidden = !show;
              if (show) { visible++; }
              if (show && term !== '' && any) { c.open = true; }
            });
            if (shown) { shown.textContent = visible + ' of ' + cases.length + ' test case' + (cases.length === 1 ? '' : 's') + ' shown'; }
          }
          if (q) { q.addEventListener('input', apply); }
          if (only) { only.addEventListener('change', apply); }
          function openTarget() {
            var id = decodeURIComponent(location.hash.replace(/^#/, ''));
            var target = id ? document.getElementById(id) : null;
            for (var el = target; el; el = el.parentElement) { if (el.tagName === 'DETAILS') { el.open = true; } }
            if (target) { target.scrollIntoView(); }
          }
          window.addEventListener('hashchange', openTarget);
          openTarget();
          apply();
      """;

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
      .pill.warn{background:#fff4d6;color:#8a5a00}
      .bad-text{color:var(--bad)}.good-text{color:var(--good)}.warn{color:var(--warn)}
      table.gates td{padding:5px 8px}table.gates td:first-child{width:46%}
      .toolbar{display:flex;gap:14px;align-items:center;flex-wrap:wrap;margin-bottom:8px}
      .toolbar input[type=search]{flex:1 1 320px;max-width:520px;padding:7px 10px;border:1px solid #c7cdd6;
      border-radius:6px;font:inherit}
      .legend{margin:4px 0 12px}
      details.case{border:1px solid var(--line);border-radius:8px;margin:0 0 8px;background:#fff}
      details.case.ko{border-left:4px solid var(--bad)}details.case.ok{border-left:4px solid var(--good)}
      details.case>summary{cursor:pointer;padding:9px 12px;list-style-position:inside}
      details.case[open]>summary{border-bottom:1px solid var(--line)}
      .case-name{font-weight:600}
      .run{padding:8px 12px 4px}.run-head{font-size:13px;margin-bottom:8px}
      .problem{background:#fde8e8;color:#9b1c1c;border-radius:6px;padding:8px 10px;margin-bottom:8px;
      white-space:pre-wrap;word-break:break-word}
      article.turn{border:1px solid #eceef1;border-radius:8px;padding:10px 12px;margin:0 0 10px}
      article.turn.ko{border-left:3px solid var(--bad)}article.turn.ok{border-left:3px solid var(--good)}
      article.turn.known{border-left:3px solid var(--warn)}
      .turn-head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
      .turn-name{font-weight:600;color:#2446c7;text-decoration:none;word-break:break-word}
      .headline{margin:4px 0 8px;font-size:13px}.headline.ko{color:#9b1c1c}.headline.known{color:#8a5a00}
      .headline.ok{color:var(--muted)}
      .qa{display:grid;grid-template-columns:90px 1fr;gap:4px 12px;font-size:13px;margin-bottom:8px}
      .qa .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.03em;padding-top:2px}
      .msg{display:flex;gap:8px;margin-bottom:4px}.role{color:var(--muted);min-width:64px;font-size:12px;padding-top:2px}
      .text{white-space:pre-wrap;word-break:break-word}
      table.scorers td{padding:4px 8px;font-size:13px}
      table.scorers td.mark{width:22px;font-weight:700;text-align:center}
      table.scorers td.name{width:170px;font-weight:600;word-break:break-word}
      table.scorers td.rule{width:70px;white-space:nowrap}
      .reason{color:#4b5563;white-space:pre-wrap;word-break:break-word}
      ul.runs{margin:0;padding-left:18px}ul.runs li{margin-bottom:6px}
      [hidden]{display:none!important}
      footer{margin-top:20px;font-size:12px}
      @media (max-width:900px){.tiles{grid-template-columns:repeat(3,1fr)}.grid{grid-template-columns:1fr}}
      """;
}
