package com.playgent.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnEvaluation;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.RepeatRun;
import com.playgent.core.outcome.RepeatedCase;
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

  @Test
  void should_count_a_repeated_turn_once_over_its_repeats_but_every_repeats_run_and_cost() {
    RunTotals totals = new RunTotals();
    List<RepeatRun> repeats = new java.util.ArrayList<>();
    for (int r = 1; r <= 5; r++) { // turn 2 fails in repeat 3 only: 4 of 5 pass it
      Run run = new Run("run_" + r, RunStatus.COMPLETED, r != 3, new EntityRef("tc_a", "A"), null,
          List.of(turn(0, true, 0.001), turn(1, r != 3, 0.001)), null, null, null);
      RunReport part = RunReport.of(run, List.of(), "https://x/v1").get(0);
      totals.repeatReported(part);
      repeats.add(RepeatRun.reported(r, part));
    }
    RepeatedCase needsFour = new RepeatedCase(repeats, 4);

    totals.judgedOverRepeats("tc_a", List.of("run_1", "run_2", "run_3", "run_4", "run_5"), needsFour.turns(), Set.of());
    totals.judgedOverRepeats("tc_a", List.of("run_1", "run_2", "run_3", "run_4", "run_5"), needsFour.turns(), Set.of());

    assertThat(totals.summaryLine()).isEqualTo("playgent: 5 runs, 2 turns (2 passed, 0 failed), cost $0.0100,"
        + " p95 latency 1001 ms");
  }

  @Test
  void should_count_a_repeated_turn_short_of_its_passes_as_failed_or_known_failing() {
    RunTotals totals = new RunTotals();
    List<RepeatRun> repeats = new java.util.ArrayList<>();
    for (int r = 1; r <= 2; r++) {
      Run run = new Run("run_" + r, RunStatus.COMPLETED, false, new EntityRef("tc_a", "A"), null,
          List.of(turn(0, r == 1, 0.001), turn(1, false, 0.001)), null, null, null);
      repeats.add(RepeatRun.reported(r, RunReport.of(run, List.of(), "https://x/v1").get(0)));
    }

    totals.judgedOverRepeats("tc_a", List.of("run_1", "run_2"), new RepeatedCase(repeats, 2).turns(), Set.of(2));

    assertThat(totals.summaryLine()).startsWith("playgent: 0 runs, 2 turns (0 passed, 1 failed, 1 known failing)");
  }
}
