package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.TurnMetrics;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TurnAssert_scorer_Test {
  @Test
  void should_pass_and_go_on_to_the_scorer_and_back_when_the_turn_has_it() {
    assertThat(Fixtures.turn1()).scorer("faithfulness").hasScoreAtLeast(0.8)
        .returnToTurn().scorer("answer_relevancy").hasScoreAtLeast(0.9);
  }

  @Test
  void should_fail_listing_the_scorers_present_when_the_turn_lacks_it() {
    String message = failureOf(() -> assertThat(Fixtures.turn2()).scorer("toxicity"));

    assertThat(message).isEqualTo("""

        Expecting turn 2:
          input:  "It arrived broken. What is your policy?"
          output: "Our policy gives refunds within 90 days, no questions asked."
          scores: answer_relevancy 0.71 — On topic but vague
                  faithfulness 0.31 — Cited a policy that does not exist
        to have a score from toxicity, but it was scored by answer_relevancy, faithfulness only""");
  }

  @Test
  void should_fail_saying_there_are_no_scores_when_the_service_reported_none() {
    var unscored = Fixtures.turn(0, "Hello there", "Greets", "Hi!", true, null, Map.of(),
        new TurnMetrics(10L, null, null), null);

    String message = failureOf(() -> assertThat(unscored).scorer("faithfulness"));

    assertThat(message).isEqualTo("""

        Expecting turn 1:
          input:  "Hello there"
          output: "Hi!"
          scores: (none reported)
        to have a score from faithfulness, but the service reported no scores""");
  }
}
