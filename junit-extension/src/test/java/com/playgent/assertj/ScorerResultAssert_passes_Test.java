package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.ScorerResult;
import org.junit.jupiter.api.Test;

class ScorerResultAssert_passes_Test {
  @Test
  void should_pass_when_the_service_passed_the_scorer() {
    assertThat(new ScorerResult(0.9, true, "Supported", null)).passes();
  }

  @Test
  void should_fail_with_score_reasoning_metadata_and_the_other_results() {
    String message = failureOf(() -> assertThat(Fixtures.failingEvaluation()).scorer("faithfulness").passes());

    assertThat(message).isEqualTo("""

        Expecting faithfulness of evaluation eval_1:
          0.50 (failed) — 1 of 2 claims in the output are supported by the context.
            claims_analyzed:
              - claim: Refunds are accepted within 30 days., supported: true
              - claim: Shipping is always free., supported: false
            unsupported_claims:
              - Shipping is always free.
        to pass, but it failed
        Results of evaluation eval_1:
          answer_relevancy 0.83 (passed) — 5 of 6 key terms of the input appear in the output.
          faithfulness 0.50 (failed) — 1 of 2 claims in the output are supported by the context.""");
  }

  @Test
  void should_fail_when_a_scorer_expected_to_fail_passed() {
    String message = failureOf(() -> assertThat(new ScorerResult(0.9, true, "Supported", null)).fails());

    assertThat(message).isEqualTo("""

        Expecting the scorer output:
          0.90 (passed) — Supported
        to fail, but it passed""");
  }
}
