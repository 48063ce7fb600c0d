package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurnAssert_failed_Test {
  @Test
  void should_pass_when_the_service_failed_the_turn() {
    assertThat(Fixtures.turn2()).failed();
  }

  @Test
  void should_fail_with_the_whole_turn_when_the_service_passed_it() {
    String message = failureOf(() -> assertThat(Fixtures.refundRun()).turn(1).failed());

    assertThat(message).isEqualTo("""

        Expecting turn 1 of Refund Flow:
          "I want a refund for order #1234"
        to have failed, but the service passed it:
          turn 1 passed: answer_relevancy 0.92, faithfulness 0.88
            test case: Refund Flow (tc_refund) · run run_refund1 · agent Support Agent
            expected: Asks for the order details and reason
            input:
              user: I want a refund for order #1234
            output:
              assistant: I'd be happy to help. Could you tell me why?
            scorers (· no verdict of its own):
              · answer_relevancy  0.92  Response directly addresses refund request
              · faithfulness      0.88  All claims supported by context
            metrics: latency 1240 ms · tokens 156 in / 89 out · cost $0.0034
            trace: trace_r1""");
  }
}
