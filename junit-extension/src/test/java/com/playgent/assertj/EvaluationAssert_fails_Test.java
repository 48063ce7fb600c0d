package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationAssert_fails_Test {
  @Test
  void should_pass_when_the_service_failed_the_evaluation() {
    assertThat(Fixtures.failingEvaluation()).fails();
  }

  @Test
  void should_fail_with_each_scorers_score_pass_reasoning_and_metadata() {
    String message = failureOf(() -> assertThat(Fixtures.passingEvaluation()).fails());

    assertThat(message).isEqualTo("""

        Expecting evaluation eval_2:
          answer_relevancy 0.83 (passed) — 5 of 6 key terms of the input appear in the output.
          faithfulness 1.00 (passed) — 1 of 1 claims in the output are supported by the context.
            unsupported_claims: none
        to fail, but it passed""");
  }
}
