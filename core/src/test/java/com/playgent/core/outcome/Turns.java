package com.playgent.core.outcome;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Message;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.RunSummary;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TokenUsage;
import com.playgent.client.model.TurnEvaluation;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns and runs for the outcome tests, built from the client's records. */
final class Turns {
  static final String BASE = "https://api.playgent.com/v1";
  static final EntityRef CASE = new EntityRef("tc_refund", "Refund Flow");

  private Turns() {}

  /** A turn with scorers given as name, score, reasoning triples, in that order. */
  static TurnResult turn(int index, Boolean success, Object... scorers) {
    Map<String, ScorerOutput> outputs = new LinkedHashMap<>();
    for (int i = 0; i < scorers.length; i += 3) {
      outputs.put((String) scorers[i], new ScorerOutput((Double) scorers[i + 1], (String) scorers[i + 2]));
    }
    return new TurnResult(index, List.of(new Message("user", "question " + (index + 1))),
        List.of(new Message("assistant", "answer " + (index + 1))), "Helps", success,
        new TurnEvaluation(success, outputs), new TurnMetrics(1200L, new TokenUsage(10L, 20L), 0.004), "trace_" + index);
  }

  static TurnReport report(TurnResult turn, List<ScorerThreshold> thresholds) {
    return new TurnReport("run_1", CASE, new EntityRef("agent_1", "Support Agent"), turn, turn.turnIndex(),
        thresholds, BASE, 3);
  }

  static Run run(RunStatus status, List<TurnResult> turns, RunSummary summary) {
    return new Run("run_1", status, null, CASE, null, new ArrayList<>(turns), summary, null, null);
  }
}
