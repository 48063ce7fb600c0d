package com.playgent.assertj.internal;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.TurnResult;

/**
 * Where a turn sits: its run, test case and agent when known (navigated from a run), and its
 * 1-based number when known. Not API.
 *
 * @param runId the run, null for a turn asserted on its own
 * @param testCase the test case, null for a turn asserted on its own
 * @param agent the agent, may be null
 * @param number the 1-based turn number people read, null when unknown
 */
public record TurnContext(String runId, EntityRef testCase, EntityRef agent, Integer number) {

  /** A turn asserted on its own, e.g. in a per-turn check: only its {@code turn_index} is known. */
  public static TurnContext standalone(TurnResult turn) {
    Integer index = turn == null ? null : turn.turnIndex();
    return new TurnContext(null, null, null, index == null ? null : index + 1);
  }

  /** {@code turn 2 of Refund Flow}, {@code turn 2} or {@code the turn}. */
  public String name() {
    String name = number == null ? "the turn" : "turn " + number;
    return testCase == null ? name : name + " of " + Describe.oneLine(testCase.label());
  }
}
