package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.RunStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunAssert_hasNoFailedTurns_Test {
  @Test
  void should_pass_when_every_turn_passed() {
    assertThat(Fixtures.greetingRun()).isCompleted().hasNoFailedTurns();
  }

  @Test
  void should_fail_with_each_failed_turns_whole_report() {
    String message = failureOf(() -> assertThat(Fixtures.refundRun()).hasNoFailedTurns());

    assertThat(message).isEqualTo("""

        Expecting run run_refund1 of Refund Flow:
          turn 1 passed, turn 2 failed, turn 3 passed
        to have no failed turns, but 1 of 3 failed:
          turn 2 failed (the service's verdict): faithfulness 0.31, answer_relevancy 0.71
            test case: Refund Flow (tc_refund) · run run_refund1 · agent Support Agent
            expected: Explains the 30-day refund policy
            input:
              user: It arrived broken. What is your policy?
            output:
              assistant: Our policy gives refunds within 90 days, no questions asked.
            scorers (· no verdict of its own):
              · answer_relevancy  0.71  On topic but vague
              · faithfulness      0.31  Cited a policy that does not exist
            metrics: latency 1650 ms · tokens 170 in / 95 out · cost $0.0034
            trace: trace_r2""");
  }

  @Test
  void should_fail_when_the_run_has_no_turns_at_all() {
    String message = failureOf(() -> assertThat(Fixtures.run(RunStatus.COMPLETED, List.of(), null)).hasNoFailedTurns());

    assertThat(message).isEqualTo("""

        Expecting run run_refund1 of Refund Flow:
          status completed · no turns
        to have no failed turns, but it has no turns: nothing was judged""");
  }
}
