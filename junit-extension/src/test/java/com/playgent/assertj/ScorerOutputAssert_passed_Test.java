package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.ScorerOutput;
import org.junit.jupiter.api.Test;

class ScorerOutputAssert_passed_Test {
  @Test
  void should_pass_when_the_service_passed_the_scorer() {
    assertThat(new ScorerOutput(0.9, "Supported", true)).passed();
    assertThat(new ScorerOutput(0.2, "Unsupported", false)).failed();
  }

  @Test
  void should_fail_with_the_reasoning_when_the_service_failed_the_scorer() {
    String message = failureOf(() -> assertThat(new ScorerOutput(0.31, "Cited a policy that does not exist", false)).passed());

    assertThat(message).isEqualTo("""

        Expecting the scorer output:
          0.31 — Cited a policy that does not exist
        to pass, but it failed""");
  }

  @Test
  void should_fail_when_the_service_sent_no_verdict_for_the_scorer() {
    String message = failureOf(() -> assertThat(Fixtures.turn1()).scorer("faithfulness").passed());

    assertThat(message).isEqualTo("""

        Expecting faithfulness of turn 1:
          0.88 — All claims supported by context
        to pass, but the service gave no verdict for it
        Scores of turn 1:
          answer_relevancy 0.92 — Response directly addresses refund request
          faithfulness 0.88 — All claims supported by context""");
  }
}
