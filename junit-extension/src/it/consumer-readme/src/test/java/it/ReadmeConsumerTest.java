package it;

import static com.playgent.assertj.PlaygentAssertions.assertThat;

import com.playgent.client.model.Evaluation;
import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentEvaluator;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;

@PlaygentTest
class ReadmeConsumerTest {

  @PlaygentCase("tc_greeting")
  Stream<DynamicNode> greeting(PlaygentRuns runs) {
    return runs.eachTurn(turn -> assertThat(turn).hasLatencyAtMost(Duration.ofSeconds(2))).stream();
  }

  @Test
  void evaluates_one_answer(PlaygentEvaluator evaluator) {
    Evaluation evaluation = evaluator
        .input("What is your refund policy?")
        .output("Returns are accepted within 30 days of purchase for a full refund.")
        .context("Returns are accepted within 30 days of purchase for a full refund.")
        .scorers("answer_relevancy", "faithfulness")
        .threshold(0.5)
        .evaluate();

    assertThat(evaluation).passes();
  }
}
