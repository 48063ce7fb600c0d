package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationAssert_passes_Test {
  @Test
  void should_pass_when_the_service_passed_the_evaluation() {
    assertThat(Fixtures.passingEvaluation()).passes();
  }

  @Test
  void should_fail_with_each_scorers_score_pass_reasoning_and_metadata() {
    String message = failureOf(() -> assertThat(Fixtures.failingEvaluation()).passes());

    assertThat(message).isEqualTo("""

        Expecting evaluation eval_1:
          answer_relevancy 0.83 (passed) — 5 of 6 key terms of the input appear in the output.
          faithfulness 0.50 (failed) — 1 of 2 claims in the output are supported by the context.
            claims_analyzed:
              - claim: Refunds are accepted within 30 days., supported: true
              - claim: Shipping is always free., supported: false
            unsupported_claims:
              - Shipping is always free.
        to pass, but faithfulness did not pass""");
  }
}
