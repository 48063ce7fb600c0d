package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationAssert_scorer_Test {
  @Test
  void should_pass_and_go_on_to_the_result_and_back_when_the_scorer_judged() {
    assertThat(Fixtures.failingEvaluation()).scorer("answer_relevancy").passes().hasScoreAtLeast(0.8)
        .returnToEvaluation().scorer("faithfulness").fails();
  }

  @Test
  void should_fail_listing_the_results_present_when_the_scorer_did_not_judge() {
    String message = failureOf(() -> assertThat(Fixtures.passingEvaluation()).scorer("toxicity"));

    assertThat(message).isEqualTo("""

        Expecting evaluation eval_2:
          answer_relevancy 0.83 (passed) — 5 of 6 key terms of the input appear in the output.
          faithfulness 1.00 (passed) — 1 of 1 claims in the output are supported by the context.
            unsupported_claims: none
        to have a result from toxicity, but it has results from answer_relevancy, faithfulness only""");
  }
}
