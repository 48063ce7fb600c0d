package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorerOutputAssert_hasScoreAtMost_Test {
  @Test
  void should_pass_when_the_score_stays_under_the_maximum() {
    assertThat(Fixtures.turn2()).scorer("faithfulness").hasScoreAtMost(0.31);
  }

  @Test
  void should_fail_with_the_reasoning_and_every_score_of_the_turn() {
    String message = failureOf(() -> assertThat(Fixtures.turn1()).scorer("answer_relevancy").hasScoreAtMost(0.5));

    assertThat(message).isEqualTo("""

        Expecting answer_relevancy of turn 1:
          0.92 — Response directly addresses refund request
        to have a score of at most 0.50, but it was 0.92
        Scores of turn 1:
          answer_relevancy 0.92 — Response directly addresses refund request
          faithfulness 0.88 — All claims supported by context""");
  }
}
