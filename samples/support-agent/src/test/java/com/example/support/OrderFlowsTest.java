package com.example.support;

import static com.playgent.assertj.PlaygentAssertions.assertThat;

import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The programmatic form, for any {@code @TestFactory}: several test cases started together, and a
 * team's own check run inside every turn's test, so a slow turn fails exactly that turn.
 */
@PlaygentTest
class OrderFlowsTest {

  @TestFactory
  Stream<DynamicNode> orderFlows(PlaygentRuns runs) {
    return runs.testCases("tc_order_status", "tc_escalation")
        .eachTurn(turn -> assertThat(turn).hasLatencyAtMost(Duration.ofSeconds(2)))
        .stream();
  }

  @TestFactory
  Stream<DynamicNode> shipping(PlaygentRuns runs) {
    return runs.tags("shipping")
        .eachTurn(turn -> assertThat(turn).scorer("faithfulness").hasScoreAtLeast(0.8))
        .stream();
  }
}
