package com.playgent.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnResult;
import com.playgent.core.pipeline.Repeats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pass@k, pass^k and the verdict of a turn over its repeats. */
class RepeatStatisticsTest {

  @Test
  void pass_at_k_and_pass_hat_k_follow_the_unbiased_estimators() {
    // n = 5, c = 4, k = 5: pass@5 = 1 - C(1,5)/C(5,5) = 1; pass^5 = C(4,5)/C(5,5) = 0
    assertThat(PassAtK.passAtK(5, 4, 5)).isEqualTo(1.0);
    assertThat(PassAtK.passHatK(5, 4, 5)).isEqualTo(0.0);
    // k = 1: both are c / n
    assertThat(PassAtK.passAtK(5, 3, 1)).isCloseTo(0.6, within(1e-12));
    assertThat(PassAtK.passHatK(5, 3, 1)).isCloseTo(0.6, within(1e-12));
    // n = 5, c = 3, k = 2: pass@2 = 1 - C(2,2)/C(5,2) = 0.9; pass^2 = C(3,2)/C(5,2) = 0.3
    assertThat(PassAtK.passAtK(5, 3, 2)).isCloseTo(0.9, within(1e-12));
    assertThat(PassAtK.passHatK(5, 3, 2)).isCloseTo(0.3, within(1e-12));
    // nothing passed: 0 both; everything passed: 1 both
    assertThat(PassAtK.passAtK(5, 0, 3)).isEqualTo(0.0);
    assertThat(PassAtK.passHatK(5, 5, 3)).isEqualTo(1.0);
    // large n does not overflow: n = 1000, c = 500, k = 500
    assertThat(PassAtK.passAtK(1000, 500, 500)).isCloseTo(1.0, within(1e-9));
    assertThatThrownBy(() -> PassAtK.passAtK(5, 6, 1)).hasMessageContaining("n=5, c=6, k=1");
  }

  @Test
  void repeats_default_min_passes_to_all_and_refuse_impossible_values_naming_value_rule_and_fix() {
    assertThat(Repeats.of(5, null, null, null, "@PlaygentCase T.m()")).isEqualTo(new Repeats(5, 5));
    assertThat(Repeats.of(null, null, 3, 2, "o")).isEqualTo(new Repeats(3, 2));
    assertThat(Repeats.of(null, null, null, null, "o").repeated()).isFalse();
    assertThat(Repeats.of(5, 4, 3, 1, "o")).isEqualTo(new Repeats(5, 4));
    assertThatThrownBy(() -> Repeats.of(0, null, null, null, "@PlaygentCase T.m()"))
        .hasMessage("@PlaygentCase T.m(): repeats = 0 is not allowed: it must be at least 1 (1 runs each test case"
            + " once). Give repeats = 5, for example");
    assertThatThrownBy(() -> Repeats.of(5, 6, null, null, "@PlaygentCase T.m()"))
        .hasMessage("@PlaygentCase T.m(): minPasses = 6 is not allowed with repeats = 5: it must be from 1 to the number"
            + " of repeats. Give minPasses between 1 and 5, or leave it out so that every repeat must pass");
    assertThatThrownBy(() -> Repeats.of(null, null, 3, 4, "o")).hasMessageContaining("playgent.min-passes = 4")
        .hasMessageContaining("playgent.repeats = 3");
  }

  @Test
  void four_of_five_passes_with_min_passes_four_and_is_flaky_three_fails_with_the_count() {
    RepeatedCase four = repeatedCase(4, List.of(true, true, false, true, true));
    RepeatedTurn turn2 = four.turns().get(1);
    assertThat(turn2.passed()).isTrue();
    assertThat(turn2.flaky()).isTrue();
    assertThat(turn2.headline()).isEqualTo("turn 2 passed: 4 of 5 repeats passed, needs 4 · flaky: repeat 3 did not pass");
    assertThat(four.turns().get(0).flaky()).isFalse();

    RepeatedCase three = repeatedCase(4, List.of(true, false, false, true, true));
    RepeatedTurn failing = three.turns().get(1);
    assertThat(failing.passed()).isFalse();
    assertThat(failing.headline()).isEqualTo("turn 2: 3 of 5 repeats passed, needs 4; repeat 2 failed (the service's"
        + " verdict): faithfulness 0.30 — Invented a policy");
    assertThat(failing.block())
        .contains("✗ repeat 2  run_2  failed (the service's verdict): faithfulness 0.30 — Invented a policy")
        .contains("✓ repeat 1  run_1  passed")
        .contains("faithfulness  0.66 / 0.30 / 0.90")
        .contains("flaky (the repeats disagree)");
    assertThat(three.passingRepeats()).isEqualTo(3);
  }

  @Test
  void a_repeat_that_ended_early_or_erred_counts_as_not_passed_and_is_explained() {
    List<RepeatRun> runs = new ArrayList<>();
    runs.add(RepeatRun.reported(1, report("run_1", 3, true)));
    runs.add(RepeatRun.reported(2, report("run_2", 2, true)));
    runs.add(RepeatRun.missing(3, null, "its run did not finish: unavailable"));
    RepeatedCase c = new RepeatedCase(runs, 1);
    assertThat(c.turnCount()).isEqualTo(3);
    RepeatedTurn turn3 = c.turns().get(2);
    assertThat(turn3.passes()).isEqualTo(1);
    assertThat(turn3.passed()).isTrue();
    assertThat(turn3.block()).contains("✗ repeat 2  run_2  has no turn 3: its conversation ended after 2 turns")
        .contains("✗ repeat 3  (no run)  has no turn 3: its run did not finish: unavailable");
    assertThat(c.passingRepeats()).isEqualTo(1);
  }

  @Test
  void a_turn_no_repeat_reported_is_named_by_its_number_and_never_crashes() {
    RepeatedTurn none = new RepeatedTurn(2, List.of(new RepeatedTurn.Attempt(1, "run_1", null, "ended after 1 turn")),
        1, 2);
    assertThat(none.displayName("Refund Flow")).isEqualTo("Refund Flow › turn 2");
    assertThat(none.passed()).isFalse();
    assertThat(none.block()).contains("no repeat reported this turn");
    assertThat(none.scorerStats()).isEmpty();
  }

  /** Five repeats of a two-turn case; turn 2 passes in repeat i when {@code turn2.get(i)}. */
  private static RepeatedCase repeatedCase(int minPasses, List<Boolean> turn2) {
    List<RepeatRun> runs = new ArrayList<>();
    for (int i = 0; i < turn2.size(); i++) {
      boolean pass = turn2.get(i);
      List<TurnResult> turns = List.of(Turns.turn(0, true, "faithfulness", 0.9, "Fine"),
          Turns.turn(1, pass, "faithfulness", pass ? 0.9 : 0.3, pass ? "Cites the policy" : "Invented a policy"));
      var run = withId(Turns.run(RunStatus.COMPLETED, turns, null), "run_" + (i + 1));
      runs.add(RepeatRun.reported(i + 1, new RunReport(run, run.cases().get(0), List.of(), Turns.BASE)));
    }
    return new RepeatedCase(runs, minPasses);
  }

  private static RunReport report(String runId, int turnCount, boolean pass) {
    List<TurnResult> turns = new ArrayList<>();
    for (int i = 0; i < turnCount; i++) {
      turns.add(Turns.turn(i, pass, "faithfulness", 0.9, "Fine"));
    }
    var run = withId(Turns.run(RunStatus.COMPLETED, turns, null), runId);
    return new RunReport(run, run.cases().get(0), List.of(), Turns.BASE);
  }

  private static com.playgent.client.model.Run withId(com.playgent.client.model.Run r, String runId) {
    return new com.playgent.client.model.Run(runId, r.status(), r.success(), r.testCase(), r.agent(), r.turns(),
        r.summary(), r.testCases(), r.error());
  }
}
