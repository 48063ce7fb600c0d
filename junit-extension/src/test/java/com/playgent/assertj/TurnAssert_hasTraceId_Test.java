package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.TurnMetrics;
import org.junit.jupiter.api.Test;

class TurnAssert_hasTraceId_Test {
  @Test
  void should_pass_when_the_turn_has_a_trace_id() {
    assertThat(Fixtures.turn2()).hasTraceId().hasTraceId("trace_r2");
  }

  @Test
  void should_fail_when_the_turn_has_no_trace_id() {
    var untraced = Fixtures.turn(0, "Hello there", "Greets", "Hi!", true, true,
        Fixtures.scores("answer_relevancy", 0.95, "Greets back", "faithfulness", 0.9, "Nothing invented"),
        new TurnMetrics(10L, null, null), null);

    String message = failureOf(() -> assertThat(untraced).hasTraceId());

    assertThat(message).isEqualTo("""

        Expecting turn 1:
          input:  "Hello there"
          output: "Hi!"
          scores: answer_relevancy 0.95 — Greets back
                  faithfulness 0.90 — Nothing invented
        to have a trace id, but it has none""");
  }

  @Test
  void should_fail_when_the_turn_has_another_trace_id() {
    String message = failureOf(() -> assertThat(Fixtures.turn2()).hasTraceId("trace_r1"));

    assertThat(message).isEqualTo("""

        Expecting turn 2:
          input:  "It arrived broken. What is your policy?"
          output: "Our policy gives refunds within 90 days, no questions asked."
          scores: answer_relevancy 0.71 — On topic but vague
                  faithfulness 0.31 — Cited a policy that does not exist
        to have trace id trace_r1, but it has trace_r2""");
  }
}
