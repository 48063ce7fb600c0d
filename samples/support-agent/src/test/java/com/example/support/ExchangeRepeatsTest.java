package com.example.support;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * Repeats: an agent answers differently each time, so one run proves little. This test case runs 5
 * times at once and each turn is reported once: it passes when at least 4 of its 5 repeats passed it.
 *
 * <p>In the sample's world the agent invents free exchanges in one run of five, so turn 2 passes 4 of
 * 5 times: it stays green, marked flaky in its block, its report entries and the plugin's reports
 * (the Repeats table of {@code summary.md} and {@code index.html}, the {@code repeats} section of
 * {@code summary.json}).
 */
@PlaygentTest(thresholds = {"answer_relevancy >= 0.8", "faithfulness >= 0.7"})
class ExchangeRepeatsTest {

  @PlaygentCase(value = "tc_exchange", repeats = 5, minPasses = 4)
  Stream<DynamicNode> exchange(PlaygentRuns runs) {
    return runs.stream();
  }
}
