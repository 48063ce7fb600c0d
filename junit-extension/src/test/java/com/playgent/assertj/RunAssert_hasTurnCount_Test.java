package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunAssert_hasTurnCount_Test {
  @Test
  void should_pass_when_the_run_has_that_many_turns() {
    assertThat(Fixtures.greetingRun()).hasTurnCount(1);
  }

  @Test
  void should_fail_listing_every_turn_with_its_scores() {
    String message = failureOf(() -> assertThat(Fixtures.greetingRun()).hasTurnCount(2));

    assertThat(message).isEqualTo("""

        Expecting run run_greet1 of Greeting Flow:
          status completed · total cost $0.0010
          turn 1 passed · latency 800 ms · cost $0.0010
            answer_relevancy 0.95 — Greets back
            faithfulness 0.90 — Nothing invented
        to have 2 turns, but it has 1 turn""");
  }
}
