package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurnAssert_passed_Test {
  @Test
  void should_pass_when_the_service_passed_the_turn() {
    assertThat(Fixtures.turn1()).passed();
  }

  @Test
  void should_fail_with_the_whole_turn_when_the_service_failed_it() {
    String message = failureOf(() -> assertThat(Fixtures.turn2()).passed());

    assertThat(message).isEqualTo("""

        Expecting turn 2:
          "It arrived broken. What is your policy?"
        to have passed, but the service failed it:
          turn 2 failed (the service's verdict): faithfulness 0.31, answer_relevancy 0.71
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
  void should_fail_naming_the_run_and_test_case_when_reached_from_a_run() {
    String message = failureOf(() -> assertThat(Fixtures.refundRun()).turn(2).passed());

    assertThat(message).isEqualTo("""

        Expecting turn 2 of Refund Flow:
          "It arrived broken. What is your policy?"
        to have passed, but the service failed it:
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
  void should_fail_saying_so_when_the_service_gave_no_verdict() {
    var unjudged = new com.playgent.client.model.TurnResult(0, java.util.List.of(com.playgent.client.model.Message.user("Hi")),
        null, null, null, null, null, null);

    String message = failureOf(() -> assertThat(unjudged).as("greeting").passed());

    assertThat(message).isEqualTo("""
        [greeting]\s
        Expecting turn 1:
          "Hi"
        to have passed, but the service gave no verdict:
          turn 1 failed (the service's verdict): no scores reported
            expected: (none)
            input:
              user: Hi
            output: (none)
            scorers: (none reported)
            metrics: none reported""");
  }
}
