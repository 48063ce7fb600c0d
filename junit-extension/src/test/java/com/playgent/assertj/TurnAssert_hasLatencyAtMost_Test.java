package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.TurnMetrics;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TurnAssert_hasLatencyAtMost_Test {
  @Test
  void should_pass_when_the_turn_is_as_fast_as_allowed_or_faster() {
    assertThat(Fixtures.turn1()).hasLatencyAtMost(Duration.ofMillis(1240)).hasLatencyAtMost(Duration.ofSeconds(2));
  }

  @Test
  void should_fail_with_the_scores_when_the_turn_is_slower() {
    String message = failureOf(() -> assertThat(Fixtures.turn2()).hasLatencyAtMost(Duration.ofSeconds(1)));

    assertThat(message).isEqualTo("""

        Expecting turn 2:
          input:  "It arrived broken. What is your policy?"
          output: "Our policy gives refunds within 90 days, no questions asked."
          scores: answer_relevancy 0.71 — On topic but vague
                  faithfulness 0.31 — Cited a policy that does not exist
        to have a latency of at most 1000 ms, but it took 1650 ms""");
  }

  @Test
  void should_fail_when_the_latency_is_unknown() {
    var unmeasured = Fixtures.turn(0, "Hello there", "Greets", "Hi!", true, true,
        Fixtures.scores("answer_relevancy", 0.95, "Greets back", "faithfulness", 0.9, "Nothing invented"),
        new TurnMetrics(null, null, 0.001), null);

    String message = failureOf(() -> assertThat(unmeasured).hasLatencyAtMost(Duration.ofSeconds(2)));

    assertThat(message).isEqualTo("""

        Expecting turn 1:
          input:  "Hello there"
          output: "Hi!"
          scores: answer_relevancy 0.95 — Greets back
                  faithfulness 0.90 — Nothing invented
        to have a latency of at most 2000 ms, but its latency is unknown: the service reported none""");
  }
}
