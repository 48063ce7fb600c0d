package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurnAssert_input_Test {
  @Test
  void should_pass_when_the_input_meets_the_string_assertion() {
    assertThat(Fixtures.turn2()).input().startsWith("It arrived broken");
  }

  @Test
  void should_fail_with_the_string_assertion_described_by_the_turn_and_its_scores() {
    String message = failureOf(() -> assertThat(Fixtures.turn1()).input().contains("invoice"));

    assertThat(message).isEqualTo("""
        [input of turn 1, scored answer_relevancy 0.92 — Response directly addresses refund request; faithfulness \
        0.88 — All claims supported by context]\s
        Expecting actual:
          "I want a refund for order #1234"
        to contain:
          "invoice"\s""");
  }
}
