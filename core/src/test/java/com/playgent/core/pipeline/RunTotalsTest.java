package com.playgent.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnEvaluation;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.RunReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunTotalsTest {

  private static TurnResult turn(int index, boolean passed, Double cost) {
    return new TurnResult(index, List.of(), List.of(), null, passed, new TurnEvaluation(passed, Map.of()),
        new TurnMetrics(1000L + index, null, cost), null);
  }

  @Test
  void should_count_known_failing_turns_apart_as_junit_does_and_say_which_costs_are_unknown() {
    Run run = new Run("run_1", RunStatus.COMPLETED, false, new EntityRef("tc_a", "A"), null,
        List.of(turn(0, true, 0.001), turn(1, false, 0.002), turn(2, false, null)), null, null, null);
    RunTotals totals = new RunTotals();

    totals.reported(RunReport.of(run, List.of(), "https://x/v1").get(0), Set.of(2));
    totals.reported(RunReport.of(run, List.of(), "https://x/v1").get(0), Set.of(2)); // counted once

    assertThat(totals.summaryLine()).isEqualTo("playgent: 1 run, 3 turns (1 passed, 1 failed, 1 known failing), cost"
        + " $0.0030 (+1 turn of unknown cost), p95 latency 1002 ms");
  }
}
