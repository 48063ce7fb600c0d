package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorerResultAssert_hasNoUnsupportedClaims_Test {
  @Test
  void should_pass_when_the_scorer_found_every_claim_supported() {
    assertThat(Fixtures.passingEvaluation()).scorer("faithfulness").hasNoUnsupportedClaims();
  }

  @Test
  void should_fail_listing_the_unsupported_claims() {
    String message = failureOf(() -> assertThat(Fixtures.failingEvaluation()).scorer("faithfulness").hasNoUnsupportedClaims());

    assertThat(message).isEqualTo("""

        Expecting faithfulness of evaluation eval_1:
          0.50 (failed) — 1 of 2 claims in the output are supported by the context.
            claims_analyzed:
              - claim: Refunds are accepted within 30 days., supported: true
              - claim: Shipping is always free., supported: false
            unsupported_claims:
              - Shipping is always free.
        to have no unsupported claims, but faithfulness found 1 unsupported claim:
          - Shipping is always free.""");
  }

  @Test
  void should_fail_when_the_scorer_does_not_check_claims() {
    String message = failureOf(() -> assertThat(Fixtures.failingEvaluation()).scorer("answer_relevancy").hasNoUnsupportedClaims());

    assertThat(message).isEqualTo("""

        Expecting answer_relevancy of evaluation eval_1:
          0.83 (passed) — 5 of 6 key terms of the input appear in the output.
        to have no unsupported claims, but no scorer checked claims (none reported unsupported_claims): add the \
        faithfulness scorer and give context or a ground truth""");
  }
}
