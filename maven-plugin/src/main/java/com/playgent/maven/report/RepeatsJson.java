package com.playgent.maven.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.core.outcome.PassAtK;
import com.playgent.core.outcome.RepeatedTurn;

/**
 * The {@code repeats} section of {@code summary.json}: per repeated test case and per turn, passes over
 * repeats, pass@1, pass@k and pass^k with k = the repeats, and the flaky turns (see docs/reports.md).
 */
final class RepeatsJson {
  private RepeatsJson() {}

  static ObjectNode section(RepeatedRuns repeated, ObjectNode parent) {
    ObjectNode section = parent.putObject("repeats");
    section.put("estimators", "pass@k = 1 - C(n-c,k)/C(n,k), pass^k = C(c,k)/C(n,k); n repeats, c passed, k = n");
    ArrayNode cases = section.putArray("test_cases");
    for (RepeatedRuns.Group g : repeated.groups()) {
      ObjectNode c = cases.addObject();
      c.put("test_case", g.caseKey());
      c.put("label", g.caseLabel());
      c.put("selection", g.origin());
      c.put("session_id", g.sessionId());
      c.put("repeats", g.repeats());
      c.put("min_passes", g.minPasses());
      c.put("k", g.repeats());
      ArrayNode runIds = c.putArray("run_ids");
      g.runIds().forEach(runIds::add);
      int passing = g.repeated().passingRepeats();
      c.put("repeats_passing_every_turn", passing);
      estimators(c, g.repeats(), passing);
      long passedTurns = g.turns().stream().filter(RepeatedTurn::passed).count();
      c.put("turns_passed", passedTurns);
      c.put("turns", g.turns().size());
      c.put("status", passedTurns == g.turns().size() && !g.turns().isEmpty() ? "passed" : "failed");
      ArrayNode flaky = c.putArray("flaky_turns");
      g.flakyTurns().forEach(flaky::add);
      ArrayNode turns = c.putArray("turn_results");
      for (RepeatedTurn t : g.turns()) {
        ObjectNode o = turns.addObject();
        o.put("turn", t.number());
        o.put("passes", t.passes());
        o.put("repeats", t.repeats());
        o.put("min_passes", t.minPasses());
        o.put("passed", t.passed());
        o.put("flaky", t.flaky());
        estimators(o, t.repeats(), t.passes());
        o.put("headline", t.headline());
      }
    }
    return section;
  }

  private static void estimators(ObjectNode o, int n, int c) {
    o.put("pass_at_1", JsonSummary.round(PassAtK.passAtK(n, c, 1)));
    o.put("pass_at_k", JsonSummary.round(PassAtK.passAtK(n, c, n)));
    o.put("pass_hat_k", JsonSummary.round(PassAtK.passHatK(n, c, n)));
  }
}
