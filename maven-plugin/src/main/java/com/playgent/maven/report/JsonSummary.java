package com.playgent.maven.report;

import com.playgent.client.model.ScorerOutput;
import com.playgent.core.outcome.TurnReport;
import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.report.ReportData.FailedRun;
import com.playgent.maven.report.ReportData.FailingTurn;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.TestCaseStats;
import java.time.Instant;
import java.util.Map;

/**
 * {@code summary.json}: the report's numbers for machines. The keys are stable and documented in
 * the plugin's README; {@code schema} changes when a key changes meaning. Rates are fractions in
 * [0, 1], money is US dollars, durations are milliseconds; unknown values are {@code null}.
 */
public final class JsonSummary {
  /** The {@code schema} value of this layout. */
  public static final String SCHEMA = "playgent-summary/1";

  private JsonSummary() {}

  public static String render(ReportData d, GateResults gates, Instant generatedAt) {
    JsonOut j = new JsonOut().beginObject();
    j.field("schema", SCHEMA);
    j.field("generated_at", generatedAt.toString());
    j.field("source", d.source() == null ? null : d.source().toString());
    j.field("status", d.isEmpty() ? "empty" : d.allPassed() && (gates == null || gates.passed()) ? "passed" : "failed");
    j.field("runs", d.runs());
    j.field("failed_runs", d.failedRuns().size());
    j.field("test_cases", d.testCases());
    j.name("turns").beginObject()
        .field("total", d.turns())
        .field("passed", d.turnsPassed())
        .field("failed", d.turnsFailed())
        .field("pass_rate", d.passRate())
        .endObject();
    j.name("cost_usd").beginObject()
        .field("total", d.cost().known() ? d.cost().usd() : null)
        .field("known", d.cost().known())
        .field("known_part", d.cost().usd())
        .field("turns_missing_cost", d.cost().turnsMissingCost())
        .field("runs_missing_cost", d.cost().runsMissingCost())
        .endObject();
    j.name("latency_ms").beginObject()
        .field("count", d.latency().count())
        .field("missing", d.latency().missing())
        .field("p50", d.latency().p50())
        .field("p95", d.latency().p95())
        .field("p99", d.latency().p99())
        .field("max", d.latency().max())
        .endObject();
    j.name("scorers").beginArray();
    for (ScorerStats s : d.scorers()) {
      j.beginObject().field("name", s.name()).field("count", s.count()).field("mean", s.mean())
          .field("min", s.min()).field("max", s.max());
      j.name("histogram").beginArray();
      s.histogram().forEach(j::number);
      j.endArray().endObject();
    }
    j.endArray();
    j.name("test_case_results").beginArray();
    for (TestCaseStats c : d.testCaseStats()) {
      j.beginObject().field("id", c.id()).field("name", c.name()).field("label", c.label())
          .field("runs", c.runs()).field("failed_runs", c.failedRuns()).field("turns", c.turns())
          .field("passed", c.turnsPassed()).field("failed", c.turnsFailed()).field("pass_rate", c.passRate())
          .field("cost_usd", c.costKnown() ? c.costUsd() : null).field("cost_known", c.costKnown())
          .field("latency_p95_ms", c.p95LatencyMs()).endObject();
    }
    j.endArray();
    j.name("failing_turns").beginArray();
    for (FailingTurn f : d.failingTurns()) {
      TurnReport t = f.report();
      j.beginObject().field("run_id", t.runId()).field("test_case_id", t.testCase().id())
          .field("test_case", f.caseLabel()).field("turn", t.number()).field("name", t.displayName())
          .field("headline", t.headline()).field("expected_behavior", t.turn().expectedBehavior())
          .field("input", t.turn().inputText()).field("output", t.turn().outputText());
      j.name("scorers").beginObject();
      for (Map.Entry<String, ScorerOutput> e : t.turn().evaluationOrEmpty().scorers().entrySet()) {
        ScorerOutput s = e.getValue();
        j.name(e.getKey()).beginObject().field("score", s == null ? null : s.score())
            .field("reasoning", s == null ? null : s.reasoning()).endObject();
      }
      j.endObject();
      j.field("trace_id", t.turn().traceId()).field("trace_link", f.traceLink()).field("link", t.link()).endObject();
    }
    j.endArray();
    j.name("failed_run_details").beginArray();
    for (FailedRun r : d.failedRuns()) {
      j.beginObject().field("run_id", r.runId()).field("status", r.status()).field("test_case", r.caseLabel())
          .field("problem", r.problem()).field("link", r.link()).endObject();
    }
    j.endArray();
    if (gates == null) {
      j.name("gates").string(null);
    } else {
      j.name("gates").beginObject().field("passed", gates.passed()).field("failed", gates.failed().size())
          .field("message", gates.message());
      j.name("results").beginArray();
      for (GateResult g : gates.results()) {
        j.beginObject().field("name", g.name()).field("actual", g.actual()).field("limit", g.limit())
            .field("passed", g.passed()).field("message", g.message()).endObject();
      }
      j.endArray().endObject();
    }
    return j.endObject().toString();
  }
}
