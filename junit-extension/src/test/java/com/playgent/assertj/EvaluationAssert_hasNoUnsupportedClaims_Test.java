package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.Evaluation;
import com.playgent.client.model.ScorerResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationAssert_hasNoUnsupportedClaims_Test {
  @Test
  void should_pass_when_faithfulness_found_every_claim_supported() {
    assertThat(Fixtures.passingEvaluation()).hasNoUnsupportedClaims();
  }

  @Test
  void should_fail_listing_the_unsupported_claims() {
    String message = failureOf(() -> assertThat(Fixtures.failingEvaluation()).hasNoUnsupportedClaims());

    assertThat(message).isEqualTo("""

        Expecting evaluation eval_1:
          answer_relevancy 0.83 (passed) — 5 of 6 key terms of the input appear in the output.
          faithfulness 0.50 (failed) — 1 of 2 claims in the output are supported by the context.
            claims_analyzed:
              - claim: Refunds are accepted within 30 days., supported: true
              - claim: Shipping is always free., supported: false
            unsupported_claims:
              - Shipping is always free.
        to have no unsupported claims, but faithfulness found 1 unsupported claim:
          - Shipping is always free.""");
  }

  @Test
  void should_fail_when_no_scorer_checked_claims() {
    Evaluation relevancyOnly = new Evaluation("eval_3", true,
        Map.of("answer_relevancy", new ScorerResult(0.83, true, "5 of 6 key terms of the input appear in the output.", null)));

    String message = failureOf(() -> assertThat(relevancyOnly).hasNoUnsupportedClaims());

    assertThat(message).isEqualTo("""

        Expecting evaluation eval_3:
          answer_relevancy 0.83 (passed) — 5 of 6 key terms of the input appear in the output.
        to have no unsupported claims, but no scorer checked claims (none reported unsupported_claims): add the \
        faithfulness scorer and give context or a ground truth""");
  }
}
