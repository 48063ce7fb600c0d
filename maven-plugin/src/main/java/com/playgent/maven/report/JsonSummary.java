package com.playgent.maven.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.client.internal.Json;
import com.playgent.core.outcome.ScorerJudgement;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.TurnReport;
import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.report.ReportData.FailedRun;
import com.playgent.maven.report.ReportData.FailingTurn;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.SkippedUnit;
import com.playgent.maven.report.ReportData.TestCaseStats;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * {@code summary.json}: the report's numbers for machines, written by Jackson. The keys are stable
 * and documented in the plugin's README; {@code schema} changes when a key changes meaning. Rates
 * are fractions in [0, 1] and money is US dollars, both with at most six decimals; durations are
 * milliseconds; unknown values are {@code null}.
 */
public final class JsonSummary {
  /**
   * The {@code schema} value of this layout. 2: {@code turns.failed} no longer counts known failing
   * turns, which {@code turns.known_failing} and {@code known_failing_turns} list.
   */
  public static final String SCHEMA = "playgent-summary/2";

  private JsonSummary() {}

  /**
   * {@code passed}, {@code failed}, {@code skipped} (every unit skipped on purpose) or {@code empty}:
   * the build's verdict, so known failing turns alone leave it {@code passed}.
   */
  public static String status(ReportData d, GateResults gates) {
    if (d.onlySkipped()) {
      return "skipped";
    }
    if (d.isEmpty()) {
      return "empty";
    }
    return d.allPassed() && (gates == null || gates.passed()) ? "passed" : "failed";
  }

  public static String render(ReportData d, GateResults gates, Instant generatedAt) {
    return render(d, gates, generatedAt, null);
  }

  /** @param baseline the comparison with the baseline ({@code baseline}: null when there is none) */
  public static String render(ReportData d, GateResults gates, Instant generatedAt, BaselineSection baseline) {
    ObjectNode j = Json.mapper().createObjectNode();
    j.put("schema", SCHEMA);
    j.put("generated_at", generatedAt.toString());
    j.put("source", d.source() == null ? null : d.source().toString());
    ObjectNode sessions = j.putObject("sessions");
    d.sessions().ids().forEach(sessions.putArray("ids")::add);
    sessions.put("description", d.sessions().description());
    j.put("status", status(d, gates));
    j.put("runs", d.runs());
    j.put("failed_runs", d.failedRuns().size());
    j.put("test_cases", d.testCases());
    ObjectNode turns = j.putObject("turns");
    turns.put("total", d.turns());
    turns.put("passed", d.turnsPassed());
    turns.put("failed", d.turnsFailed());
    turns.put("known_failing", d.turnsKnownFailing());
    turns.put("pass_rate", round(d.passRate()));
    ObjectNode cost = j.putObject("cost_usd");
    cost.put("total", d.cost().known() ? round(d.cost().usd()) : null);
    cost.put("known", d.cost().known());
    cost.put("known_part", round(d.cost().usd()));
    cost.put("turns_missing_cost", d.cost().turnsMissingCost());
    cost.put("runs_missing_cost", d.cost().runsMissingCost());
    ObjectNode latency = j.putObject("latency_ms");
    latency.put("count", d.latency().count());
    latency.put("missing", d.latency().missing());
    latency.put("p50", d.latency().p50());
    latency.put("p95", d.latency().p95());
    latency.put("p99", d.latency().p99());
    latency.put("max", d.latency().max());
    ArrayNode scorers = j.putArray("scorers");
    for (ScorerStats s : d.scorers()) {
      ObjectNode o = scorers.addObject();
      o.put("name", s.name());
      o.put("count", s.count());
      o.put("mean", round(s.mean()));
      o.put("min", round(s.min()));
      o.put("max", round(s.max()));
      o.put("better", s.direction() == ScorerThreshold.Direction.AT_MOST ? "lower" : "higher");
      s.thresholds().forEach(t -> o.withArray("thresholds").add(t.toString()));
      if (s.thresholds().isEmpty()) {
        o.putArray("thresholds");
      }
      s.histogram().forEach(o.putArray("histogram")::add);
    }
    ArrayNode cases = j.putArray("test_case_results");
    for (TestCaseStats c : d.testCaseStats()) {
      ObjectNode o = cases.addObject();
      o.put("id", c.id());
      o.put("name", c.name());
      o.put("label", c.label());
      o.put("runs", c.runs());
      o.put("failed_runs", c.failedRuns());
      o.put("turns", c.turns());
      o.put("passed", c.turnsPassed());
      o.put("failed", c.turnsFailed());
      o.put("known_failing", c.turnsKnownFailing());
      o.put("status", c.passed() ? "passed" : "failed");
      o.put("pass_rate", round(c.passRate()));
      o.put("cost_usd", c.costKnown() ? round(c.costUsd()) : null);
      o.put("cost_known", c.costKnown());
      o.put("latency_p95_ms", c.p95LatencyMs());
    }
    turns(j.putArray("failing_turns"), d.failingTurns(), d.repeated());
    turns(j.putArray("known_failing_turns"), d.knownFailingTurns(), d.repeated());
    ArrayNode failed = j.putArray("failed_run_details");
    for (FailedRun r : d.failedRuns()) {
      ObjectNode o = failed.addObject();
      o.put("run_id", r.runId());
      o.put("status", r.status());
      o.put("test_case", r.caseLabel());
      o.put("problem", r.problem());
      o.put("link", r.link());
    }
    ArrayNode skipped = j.putArray("skipped_units");
    for (SkippedUnit u : d.skippedUnits()) {
      ObjectNode o = skipped.addObject();
      o.put("session_id", u.sessionId());
      o.put("label", u.label());
      o.put("outcome", u.outcome());
      o.put("message", u.message());
    }
    if (!d.repeated().isEmpty()) {
      RepeatsJson.section(d.repeated(), j);
    }
    if (gates == null) {
      j.putNull("gates");
    } else {
      ObjectNode g = j.putObject("gates");
      g.put("passed", gates.passed());
      g.put("failed", gates.failed().size());
      g.put("message", gates.message());
      ArrayNode results = g.putArray("results");
      for (GateResult r : gates.results()) {
        ObjectNode o = results.addObject();
        o.put("name", r.name());
        o.put("actual", r.actual());
        o.put("limit", r.limit());
        o.put("passed", r.passed());
        o.put("message", r.message());
      }
    }
    BaselineJson.put(j, baseline);
    try {
      return Json.mapper().writeValueAsString(j) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void turns(ArrayNode array, List<FailingTurn> turns, RepeatedRuns repeated) {
    for (FailingTurn f : turns) {
      TurnReport t = f.report();
      ObjectNode o = array.addObject();
      o.put("run_id", t.runId());
      o.put("test_case_id", t.testCase().id());
      o.put("test_case", f.caseLabel());
      o.put("turn", t.number());
      o.put("name", t.displayName());
      o.put("headline", t.headline());
      o.put("expected_behavior", t.turn().expectedBehavior());
      o.put("input", t.turn().inputText());
      o.put("output", t.turn().outputText());
      ObjectNode byScorer = o.putObject("scorers");
      for (ScorerJudgement s : t.verdict().scorers()) {
        ObjectNode so = byScorer.putObject(s.name());
        so.put("score", round(s.score()));
        so.put("reasoning", s.reasoning());
        so.put("passed", s.mark() == ScorerJudgement.Mark.NONE ? null : s.mark() == ScorerJudgement.Mark.PASSED);
        so.put("threshold", s.threshold() == null ? null : s.threshold().toString());
      }
      o.put("trace_id", t.turn().traceId());
      o.put("trace_link", f.traceLink());
      repeated.of(t).ifPresent(r -> {
        o.put("flaky", r.flaky());
        o.put("over_repeats", r.headline());
      });
      o.put("link", t.link());
    }
  }

  /** At most six decimals, as the README documents; NaN, infinity and null give null. */
  static BigDecimal round(Double d) {
    if (d == null || d.isNaN() || d.isInfinite()) {
      return null;
    }
    BigDecimal b = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b; // 10, not 1E+1
  }
}
