package com.playgent.maven.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.core.baseline.BaselineComparison;
import com.playgent.core.baseline.BaselineComparison.ScoreDelta;
import com.playgent.core.baseline.BaselineComparison.SuiteChange;
import com.playgent.core.baseline.BaselineComparison.TurnChange;
import com.playgent.core.baseline.Baseline.TurnStats;
import java.util.List;

/**
 * The {@code baseline} section of {@code summary.json}: {@code null} without a baseline, else the
 * comparison (documented in {@code docs/baseline-files.md}).
 */
public final class BaselineJson {
  private BaselineJson() {}

  public static void put(ObjectNode j, BaselineSection section) {
    if (section == null) {
      j.putNull("baseline");
      return;
    }
    BaselineComparison c = section.comparison();
    ObjectNode b = j.putObject("baseline");
    b.put("file", section.file());
    b.put("created_at", c.baseline().createdAt());
    c.baseline().sessions().forEach(b.putArray("sessions")::add);
    c.baseline().runIds().forEach(b.putArray("run_ids")::add);
    ObjectNode t = b.putObject("tolerances");
    t.put("score_drop", JsonSummary.round(c.tolerances().scoreDrop()));
    t.put("cost_increase", JsonSummary.round(c.tolerances().costIncrease()));
    t.put("latency_increase", JsonSummary.round(c.tolerances().latencyIncrease()));
    b.put("regressed", !c.newFailures().isEmpty() || !c.scoreRegressions().isEmpty());
    turns(b.putArray("new_failures"), c.newFailures());
    turns(b.putArray("fixed"), c.fixed());
    turns(b.putArray("still_failing"), c.stillFailing());
    turns(b.putArray("not_in_baseline"), c.notInBaseline());
    ArrayNode deltas = b.putArray("score_deltas");
    for (ScoreDelta d : c.scoreDeltas()) {
      ObjectNode o = deltas.addObject();
      o.put("test_case_id", d.caseKey());
      o.put("test_case", d.caseName());
      o.put("scorer", d.scorer());
      o.put("baseline", JsonSummary.round(d.baseline()));
      o.put("now", JsonSummary.round(d.now()));
      o.put("delta", JsonSummary.round(d.delta()));
      o.put("regressed", d.regressed());
    }
    suite(b.putObject("total"), c.total());
    ArrayNode suites = b.putArray("suites");
    for (SuiteChange s : c.suites()) {
      ObjectNode o = suites.addObject();
      o.put("name", s.name());
      suite(o, s);
    }
  }

  private static void suite(ObjectNode o, SuiteChange s) {
    ObjectNode cost = o.putObject("cost_usd");
    cost.put("baseline", JsonSummary.round(s.baseline().costUsd()));
    cost.put("now", JsonSummary.round(s.now().costUsd()));
    cost.put("change", JsonSummary.round(s.costChange()));
    ObjectNode latency = o.putObject("p95_latency_ms");
    latency.put("baseline", s.baseline().p95LatencyMs());
    latency.put("now", s.now().p95LatencyMs());
    latency.put("change", JsonSummary.round(s.latencyChange()));
  }

  private static void turns(ArrayNode array, List<TurnChange> turns) {
    for (TurnChange t : turns) {
      ObjectNode o = array.addObject();
      o.put("test_case_id", t.caseKey());
      o.put("test_case", t.caseName());
      o.put("turn", t.turn());
      rate(o.putObject("baseline"), t.baseline());
      rate(o.putObject("now"), t.now());
    }
  }

  private static void rate(ObjectNode o, TurnStats t) {
    if (t == null) {
      o.removeAll();
      return;
    }
    o.put("runs", t.runs());
    o.put("passed", t.passed());
    o.put("pass_rate", JsonSummary.round(t.passRate()));
    if (t.minPasses() != null) { // judged over repeats: the passes it needs
      o.put("min_passes", t.minPasses());
    }
    ObjectNode means = o.putObject("scorer_means");
    t.scorerMeans().forEach((k, v) -> means.put(k, JsonSummary.round(v)));
  }
}
