package com.playgent.core.outcome;

import static com.playgent.core.outcome.Turns.run;
import static com.playgent.core.outcome.Turns.turn;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.RunSummary;
import com.playgent.client.model.TurnResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunVerdictTest {

  private static RunVerdict verdict(Run run, Set<Integer> known) {
    RunReport report = RunReport.of(run, List.of(), Turns.BASE).get(0);
    return RunVerdict.of(report, report.turns(), known);
  }

  @Test
  void should_leave_failing_turns_to_say_so_themselves() {
    Run r = run(RunStatus.COMPLETED, List.of(turn(0, true, "faithfulness", 0.9, "ok"), turn(1, false, "faithfulness",
        0.3, "bad")), new RunSummary(1, 1, 1200.0, 0.008));

    RunVerdict v = verdict(r, Set.of());

    assertThat(v.kind()).isEqualTo(RunVerdict.Kind.TURNS_FAILED);
    assertThat(v.ownTest()).isFalse();
    assertThat(v.message()).isNull();
    assertThat(v.console()).startsWith("playgent: Refund Flow (tc_refund) · run run_1 · 1 of 2 turns passed"
        + " · avg latency 1200 ms · cost $0.0080");
  }

  @Test
  void should_count_known_failing_turns_apart() {
    Run r = run(RunStatus.COMPLETED, List.of(turn(0, true), turn(1, false)), new RunSummary(1, 1, 1200.0, 0.008));

    RunVerdict v = verdict(r, Set.of(2));

    assertThat(v.kind()).isEqualTo(RunVerdict.Kind.ONLY_KNOWN_FAILURES);
    assertThat(v.ownTest()).isFalse();
    assertThat(v.summary()).startsWith("1 of 2 turns passed, 1 known failing");
  }

  @Test
  void should_have_a_test_of_its_own_for_what_no_turn_says() {
    RunVerdict empty = verdict(run(RunStatus.COMPLETED, List.of(), new RunSummary(0, 0, 0.0, 0.0)), Set.of());
    RunVerdict failed = verdict(run(RunStatus.FAILED, List.of(), null), Set.of());

    assertThat(empty.kind()).isEqualTo(RunVerdict.Kind.FAILED);
    assertThat(empty.ownTest()).isTrue();
    assertThat(empty.message()).contains("completed with no turns: nothing was judged");
    assertThat(failed.kind()).isEqualTo(RunVerdict.Kind.ERROR);
    assertThat(failed.ownTest()).isTrue();
  }

  @Test
  void should_say_unknown_for_metrics_the_service_did_not_give() {
    RunVerdict empty = verdict(run(RunStatus.COMPLETED, List.of(), new RunSummary(0, 0, 0.0, 0.0)), Set.of());
    TurnResult bare = new TurnResult(0, List.of(), List.of(), null, true, null, null, null);
    RunVerdict sparse = verdict(run(RunStatus.COMPLETED, List.of(bare), new RunSummary(1, 0, 0.0, 0.0)), Set.of());

    assertThat(empty.summary()).isEqualTo("0 of 0 turns passed · latency unknown · cost unknown");
    assertThat(sparse.summary()).isEqualTo("1 of 1 turn passed · latency unknown · cost unknown");
  }
}
