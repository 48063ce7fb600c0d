package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorerOutputAssert_reasoning_Test {
  @Test
  void should_pass_when_the_reasoning_meets_the_string_assertion() {
    assertThat(Fixtures.turn2()).scorer("faithfulness").reasoning().contains("policy");
  }

  @Test
  void should_fail_with_the_string_assertion_described_by_the_scorer() {
    String message = failureOf(() -> assertThat(Fixtures.turn2()).scorer("faithfulness").reasoning().contains("supported"));

    assertThat(message).isEqualTo("""
        [reasoning of faithfulness of turn 2, scored 0.31 — Cited a policy that does not exist]\s
        Expecting actual:
          "Cited a policy that does not exist"
        to contain:
          "supported"\s""");
  }
}
