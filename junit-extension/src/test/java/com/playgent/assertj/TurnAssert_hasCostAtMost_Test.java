package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.TurnMetrics;
import org.junit.jupiter.api.Test;

class TurnAssert_hasCostAtMost_Test {
  @Test
  void should_pass_when_the_turn_costs_at_most_the_limit() {
    assertThat(Fixtures.turn2()).hasCostAtMost(0.01).hasCostAtMost(0.0034);
  }

  @Test
  void should_fail_with_the_scores_when_the_turn_costs_more() {
    String message = failureOf(() -> assertThat(Fixtures.turn2()).hasCostAtMost(0.001));

    assertThat(message).isEqualTo("""

        Expecting turn 2:
          input:  "It arrived broken. What is your policy?"
          output: "Our policy gives refunds within 90 days, no questions asked."
          scores: answer_relevancy 0.71 — On topic but vague
                  faithfulness 0.31 — Cited a policy that does not exist
        to cost at most $0.0010, but it cost $0.0034""");
  }

  @Test
  void should_fail_saying_the_cost_is_unknown_when_the_service_reported_none() {
    var free = Fixtures.turn(3, "Thanks", "Says goodbye", "Bye!", true, true,
        Fixtures.scores("answer_relevancy", 0.95, "Says goodbye", "faithfulness", 1.0, "Nothing claimed"),
        new TurnMetrics(300L, null, null), "trace_x");

    String message = failureOf(() -> assertThat(free).hasCostAtMost(0.01));

    assertThat(message).isEqualTo("""

        Expecting turn 4:
          input:  "Thanks"
          output: "Bye!"
          scores: answer_relevancy 0.95 — Says goodbye
                  faithfulness 1.00 — Nothing claimed
        to cost at most $0.0100, but its cost is unknown: the service reported none""");
  }
}
