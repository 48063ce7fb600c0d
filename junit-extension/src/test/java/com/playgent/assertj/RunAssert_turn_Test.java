package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.playgent.client.model.CaseResult;
import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunAssert_turn_Test {
  @Test
  void should_pass_and_go_to_the_turn_numbered_from_one_and_back_to_the_run() {
    assertThat(Fixtures.refundRun())
        .turn(2).failed().hasTraceId("trace_r2").returnToRun()
        .turn(3).passed().scorer("faithfulness").hasScoreAtLeast(0.7).returnToTurn().returnToRun()
        .hasTurnCount(3);
  }

  @Test
  void should_fail_listing_the_turns_when_the_run_has_no_such_turn() {
    String message = failureOf(() -> assertThat(Fixtures.refundRun()).turn(4));

    assertThat(message).isEqualTo("""

        Expecting run run_refund1 of Refund Flow:
          status completed · total cost $0.0102
          turn 1 passed · latency 1240 ms · cost $0.0034
            answer_relevancy 0.92 — Response directly addresses refund request
            faithfulness 0.88 — All claims supported by context
          turn 2 failed · latency 1650 ms · cost $0.0034
            answer_relevancy 0.71 — On topic but vague
            faithfulness 0.31 — Cited a policy that does not exist
          turn 3 passed · latency 1460 ms · cost $0.0034
            answer_relevancy 0.90 — Confirms
            faithfulness 0.74 — Mostly supported
        to have a turn 4 (turns count from 1), but it has 3 turns""");
  }

  @Test
  void should_fail_naming_the_test_cases_when_several_have_that_turn() {
    Run tagged = new Run("run_tags1", RunStatus.COMPLETED, false, null, null, null, null,
        List.of(new CaseResult("tc_refund", "Refund Flow", false, List.of(Fixtures.turn1()), null),
            new CaseResult("tc_pass", "Greeting Flow", true, Fixtures.greetingRun().turns(), null)), null);

    String message = failureOf(() -> assertThat(tagged).turn(1));

    assertThat(message).isEqualTo("""

        Expecting run run_tags1 of Refund Flow, Greeting Flow:
          status completed
          Refund Flow › turn 1 passed · latency 1240 ms · cost $0.0034
            answer_relevancy 0.92 — Response directly addresses refund request
            faithfulness 0.88 — All claims supported by context
          Greeting Flow › turn 1 passed · latency 800 ms · cost $0.0010
            answer_relevancy 0.95 — Greets back
            faithfulness 0.90 — Nothing invented
        to have one turn 1, but 2 of its test cases have one (tc_refund, tc_pass): use turn("tc_refund", 1)""");
    assertThat(tagged).turn("tc_pass", 1).hasTraceId("trace_p1");
  }

  @Test
  void should_refuse_to_return_to_a_run_a_turn_was_not_reached_from() {
    assertThatIllegalStateException().isThrownBy(() -> assertThat(Fixtures.turn1()).returnToRun())
        .withMessageContaining("assertThat(run).turn(n)");
  }

  @Test
  void should_name_the_run_when_a_turn_of_an_unnamed_test_case_fails() {
    Run unnamed = new Run("run_x", RunStatus.COMPLETED, false, new EntityRef("tc_refund", null), null,
        List.of(Fixtures.turn1()), null, null, null);

    String message = failureOf(() -> assertThat(unnamed).turn(1).hasLatencyAtMost(java.time.Duration.ofSeconds(1)));

    assertThat(message).startsWith("\nExpecting turn 1 of tc_refund:\n");
  }
}
