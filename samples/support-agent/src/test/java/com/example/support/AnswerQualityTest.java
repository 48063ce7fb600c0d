package com.example.support;

import static com.playgent.assertj.PlaygentAssertions.assertThat;

import com.playgent.client.model.Evaluation;
import com.playgent.junit.PlaygentEvaluator;
import com.playgent.junit.PlaygentTest;
import org.junit.jupiter.api.Test;

/** Local evaluation in a plain unit test: judge an answer the agent code produced, no run needed. */
@PlaygentTest
class AnswerQualityTest {
  private final SupportAgent agent = new SupportAgent();

  @Test
  void refund_answer_is_relevant_and_grounded_in_the_policy(PlaygentEvaluator evaluator) {
    String question = "What is your refund policy?";

    Evaluation evaluation = evaluator
        .input(question)
        .output(agent.answer(question))
        .expectedBehavior("Should accurately describe the refund policy")
        .context(SupportAgent.REFUND_POLICY)
        .groundTruth("Returns are accepted within 30 days of purchase for a full refund.")
        .scorers("answer_relevancy", "faithfulness")
        .threshold(0.5)
        .evaluate();

    assertThat(evaluation).passes();
  }
}
