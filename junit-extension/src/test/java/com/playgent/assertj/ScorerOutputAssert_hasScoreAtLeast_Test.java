package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.ScorerOutput;
import org.junit.jupiter.api.Test;

class ScorerOutputAssert_hasScoreAtLeast_Test {
  @Test
  void should_pass_when_the_score_reaches_the_minimum() {
    assertThat(Fixtures.turn1()).scorer("faithfulness").hasScoreAtLeast(0.88);
    assertThat(new ScorerOutput(0.9, "ok")).hasScoreAtLeast(0.8);
  }

  @Test
  void should_fail_with_the_reasoning_and_every_score_of_the_turn() {
    String message = failureOf(() -> assertThat(Fixtures.refundRun()).turn(2).scorer("faithfulness").hasScoreAtLeast(0.8));

    assertThat(message).isEqualTo("""

        Expecting faithfulness of turn 2 of Refund Flow:
          0.31 — Cited a policy that does not exist
        to have a score of at least 0.80, but it was 0.31
        Scores of turn 2 of Refund Flow:
          answer_relevancy 0.71 — On topic but vague
          faithfulness 0.31 — Cited a policy that does not exist""");
  }

  @Test
  void should_fail_showing_more_digits_when_two_decimals_would_hide_the_difference() {
    String message = failureOf(() -> assertThat(new ScorerOutput(0.795, "Almost")).hasScoreAtLeast(0.8));

    assertThat(message).isEqualTo("""

        Expecting the scorer output:
          0.80 — Almost
        to have a score of at least 0.8, but it was 0.795""");
  }

  @Test
  void should_fail_when_there_is_no_score() {
    String message = failureOf(() -> assertThat(new ScorerOutput(null, "Judge timed out")).hasScoreAtLeast(0.5));

    assertThat(message).isEqualTo("""

        Expecting the scorer output:
          n/a — Judge timed out
        to have a score of at least 0.50, but it has no score""");
  }
}
