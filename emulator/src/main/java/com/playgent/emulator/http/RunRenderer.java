package com.playgent.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.state.Run;
import com.playgent.emulator.state.RunStatus;
import com.playgent.emulator.world.RunError;
import com.playgent.emulator.world.ScorerOutput;
import com.playgent.emulator.world.TestCase;
import com.playgent.emulator.world.Turn;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Render a run as the documented {@code GET /v1/runs/{run_id}} body. While the run is not
 * terminal: {@code success} false, {@code turns} empty, zeroed {@code summary}. A run of several
 * cases adds the extension array {@code test_cases}; a {@code failed} run adds {@code error}.
 */
final class RunRenderer {
  private RunRenderer() {}

  static ObjectNode render(Run run, RunStatus status) {
    ObjectNode root = Json.object();
    root.put("run_id", run.id());
    root.put("status", status.wire());
    TestCase first = run.cases().get(0);
    ArrayNode turns = Json.MAPPER.createArrayNode();
    Totals totals = new Totals();
    ArrayNode cases = Json.MAPPER.createArrayNode();
    boolean allPassed = true;
    RunError error = null;
    if (status.terminal()) {
      for (TestCase c : run.cases()) {
        Totals caseTotals = new Totals();
        ArrayNode caseTurns = Json.MAPPER.createArrayNode();
        if (c.fails()) {
          error = error == null ? c.error() : error;
        } else {
          for (int i = 0; i < c.turns().size(); i++) {
            Turn t = c.turns().get(i);
            caseTurns.add(turn(t, i));
            turns.add(turn(t, turns.size()));
            caseTotals.add(t);
            totals.add(t);
          }
        }
        boolean caseSuccess = !c.fails() && caseTotals.failed == 0;
        allPassed &= caseSuccess;
        ObjectNode cn = cases.addObject();
        cn.put("id", c.id());
        cn.put("name", c.name());
        cn.put("success", caseSuccess);
        cn.set("turns", caseTurns);
        cn.set("summary", caseTotals.summary());
        if (c.fails()) {
          cn.set("error", errorNode(c.error()));
        }
      }
    }
    root.put("success", status == RunStatus.COMPLETED && allPassed);
    ObjectNode tc = root.putObject("test_case");
    tc.put("id", first.id());
    tc.put("name", first.name());
    ObjectNode agent = root.putObject("agent");
    agent.put("id", run.agent().id());
    agent.put("name", run.agent().name());
    root.set("turns", turns);
    root.set("summary", totals.summary());
    if (run.cases().size() > 1) {
      if (!status.terminal()) {
        for (TestCase c : run.cases()) {
          ObjectNode cn = cases.addObject();
          cn.put("id", c.id());
          cn.put("name", c.name());
          cn.put("success", false);
          cn.putArray("turns");
          cn.set("summary", new Totals().summary());
        }
      }
      root.set("test_cases", cases);
    }
    if (status == RunStatus.FAILED && error != null) {
      root.set("error", errorNode(error));
    }
    return root;
  }

  private static ObjectNode errorNode(RunError e) {
    return Json.object().put("code", e.code()).put("message", e.message());
  }

  private static ObjectNode turn(Turn t, int index) {
    ObjectNode n = Json.object();
    n.put("turn_index", index);
    n.putArray("input").addObject().put("role", "user").put("content", t.input());
    n.putArray("output").addObject().put("role", "assistant").put("content", t.output());
    n.put("expected_behavior", t.expectedBehavior());
    n.put("success", t.success());
    ObjectNode eval = n.putObject("evaluation");
    eval.put("overall_pass", t.success());
    ObjectNode outputs = eval.putObject("scorer_outputs");
    for (Map.Entry<String, ScorerOutput> e : t.scores().entrySet()) {
      outputs.putObject(e.getKey()).put("score", e.getValue().score()).put("reasoning", e.getValue().reasoning());
    }
    ObjectNode m = n.putObject("metrics");
    m.put("latency_ms", t.metrics().latencyMs());
    m.putObject("tokens").put("input", t.metrics().tokensInput()).put("output", t.metrics().tokensOutput());
    if (t.metrics().costUsd() == null) {
      m.putNull("cost_usd");
    } else {
      m.put("cost_usd", t.metrics().costUsd());
    }
    n.put("trace_id", t.traceId());
    return n;
  }

  /** Sum turns into the documented summary. */
  private static final class Totals {
    int passed;
    int failed;
    long latency;
    BigDecimal cost = BigDecimal.ZERO;

    void add(Turn t) {
      if (t.success()) {
        passed++;
      } else {
        failed++;
      }
      latency += t.metrics().latencyMs();
      if (t.metrics().costUsd() != null) {
        cost = cost.add(BigDecimal.valueOf(t.metrics().costUsd()));
      }
    }

    ObjectNode summary() {
      int n = passed + failed;
      ObjectNode s = Json.object();
      s.put("turns_passed", passed);
      s.put("turns_failed", failed);
      s.put("avg_latency_ms", n == 0 ? 0 : Math.round((double) latency / n));
      s.put("total_cost_usd", cost.stripTrailingZeros().doubleValue());
      return s;
    }
  }
}
