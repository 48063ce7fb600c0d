package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunAssert_hasTotalCostAtMost_Test {
  @Test
  void should_pass_when_the_summary_total_or_the_sum_of_the_turns_is_within_the_budget() {
    assertThat(Fixtures.refundRun()).hasTotalCostAtMost(0.0102);
    assertThat(Fixtures.run(RunStatus.COMPLETED, List.of(Fixtures.turn1(), Fixtures.turn2()), null))
        .hasTotalCostAtMost(0.0068);
  }

  @Test
  void should_fail_listing_every_turns_cost_and_scores() {
    String message = failureOf(() -> assertThat(Fixtures.greetingRun()).hasTotalCostAtMost(0.0005));

    assertThat(message).isEqualTo("""

        Expecting run run_greet1 of Greeting Flow:
          status completed · total cost $0.0010
          turn 1 passed · latency 800 ms · cost $0.0010
            answer_relevancy 0.95 — Greets back
            faithfulness 0.90 — Nothing invented
        to cost at most $0.0005 in total, but it cost $0.0010""");
  }

  @Test
  void should_fail_saying_which_cost_is_unknown() {
    var unpriced = Fixtures.turn(1, "Thanks", "Says goodbye", "Bye!", true, true,
        Fixtures.scores("answer_relevancy", 0.95, "Says goodbye", "faithfulness", 1.0, "Nothing claimed"),
        new TurnMetrics(300L, null, null), "trace_x");

    String message = failureOf(() -> assertThat(Fixtures.run(RunStatus.COMPLETED, List.of(Fixtures.turn1(), unpriced), null))
        .hasTotalCostAtMost(0.01));

    assertThat(message).isEqualTo("""

        Expecting run run_refund1 of Refund Flow:
          status completed
          turn 1 passed · latency 1240 ms · cost $0.0034
            answer_relevancy 0.92 — Response directly addresses refund request
            faithfulness 0.88 — All claims supported by context
          turn 2 passed · latency 300 ms · cost unknown
            answer_relevancy 0.95 — Says goodbye
            faithfulness 1.00 — Nothing claimed
        to cost at most $0.0100 in total, but its total cost is unknown: the service reported no total and no cost \
        for turn 2""");
  }
}
