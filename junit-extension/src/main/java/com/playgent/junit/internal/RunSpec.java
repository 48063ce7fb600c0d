package com.playgent.junit.internal;

import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.ScorerThreshold;
import java.util.List;
import java.util.function.Consumer;

/** What one factory asked for, as {@link com.playgent.junit.PlaygentRuns} collected it. Nulls mean "not set". */
public record RunSpec(
    List<String> testCaseIds,
    List<String> tags,
    List<String> pinnedRuns,
    String agent,
    Integer maxRetries,
    Integer turnTimeoutMs,
    Boolean parallel,
    List<ScorerThreshold> thresholds,
    List<String> knownFailingTurns,
    List<Consumer<TurnResult>> turnChecks,
    Boolean allowEmpty) {

  public RunSpec {
    testCaseIds = List.copyOf(testCaseIds);
    tags = List.copyOf(tags);
    pinnedRuns = List.copyOf(pinnedRuns);
    thresholds = List.copyOf(thresholds);
    knownFailingTurns = List.copyOf(knownFailingTurns);
    turnChecks = List.copyOf(turnChecks);
  }

  boolean isEmpty() {
    return testCaseIds.isEmpty() && tags.isEmpty() && pinnedRuns.isEmpty();
  }
}
