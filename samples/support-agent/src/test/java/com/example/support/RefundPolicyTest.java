package com.example.support;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * The declarative form: one annotation names the test case, every turn becomes a test.
 *
 * <p>Turn 2 is a known failure (the agent invents a 90-day return window): it failed in the committed
 * baseline ({@code src/test/playgent/baseline.json}, which {@code junit-platform.properties} names with
 * {@code playgent.baseline}), so it is reported, with the judge's reasoning, as skipped, here and in the
 * plugin's report; a turn that passed in the baseline and fails fails the build, here and in
 * {@code playgent:check}. When the agent is fixed the turn passes and says it is fixed; bless the
 * baseline again on purpose ({@code ./mvnw -B verify -Psamples,bless-baseline}). The thresholds judge
 * each scorer on its own, so the report marks the one that failed.
 */
@PlaygentTest(thresholds = {"answer_relevancy >= 0.8", "faithfulness >= 0.7"})
class RefundPolicyTest {

  @PlaygentCase("tc_refund_policy")
  Stream<DynamicNode> refundPolicy(PlaygentRuns runs) {
    return runs.stream();
  }
}
