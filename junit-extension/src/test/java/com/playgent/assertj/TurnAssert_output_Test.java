package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurnAssert_output_Test {
  @Test
  void should_pass_when_the_output_meets_the_string_assertion() {
    assertThat(Fixtures.turn2()).output().contains("90 days").doesNotContain("competitor");
  }

  @Test
  void should_fail_with_the_string_assertion_described_by_the_turn_and_its_scores() {
    String message = failureOf(() -> assertThat(Fixtures.refundRun()).turn(2).output().contains("30 days"));

    assertThat(message).isEqualTo("""
        [output of turn 2 of Refund Flow, scored answer_relevancy 0.71 — On topic but vague; faithfulness 0.31 — \
        Cited a policy that does not exist]\s
        Expecting actual:
          "Our policy gives refunds within 90 days, no questions asked."
        to contain:
          "30 days"\s""");
  }
}
