package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorerResultAssert_hasScoreAtLeast_Test {
  @Test
  void should_pass_when_the_score_reaches_the_minimum() {
    assertThat(Fixtures.failingEvaluation()).scorer("answer_relevancy").hasScoreAtLeast(0.83);
  }

  @Test
  void should_fail_with_score_reasoning_metadata_and_the_other_results() {
    String message = failureOf(() -> assertThat(Fixtures.failingEvaluation()).scorer("faithfulness").hasScoreAtLeast(0.8));

    assertThat(message).isEqualTo("""

        Expecting faithfulness of evaluation eval_1:
          0.50 (failed) — 1 of 2 claims in the output are supported by the context.
            claims_analyzed:
              - claim: Refunds are accepted within 30 days., supported: true
              - claim: Shipping is always free., supported: false
            unsupported_claims:
              - Shipping is always free.
        to have a score of at least 0.80, but it was 0.50
        Results of evaluation eval_1:
          answer_relevancy 0.83 (passed) — 5 of 6 key terms of the input appear in the output.
          faithfulness 0.50 (failed) — 1 of 2 claims in the output are supported by the context.""");
  }
}
