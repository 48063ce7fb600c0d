package com.playgent.junit.internal;

import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.KnownFailingTurns;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.pipeline.Selection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one factory asked for, as {@link com.playgent.junit.PlaygentRuns} collected it: core's
 * selection plus what shapes the verdicts here. {@code allowEmpty} null means "not set here".
 */
public record RunSpec(
    Selection selection,
    List<ScorerThreshold> thresholds,
    KnownFailingTurns knownFailingTurns,
    List<Consumer<TurnResult>> turnChecks,
    Boolean allowEmpty) {

  public RunSpec {
    thresholds = List.copyOf(thresholds);
    turnChecks = List.copyOf(turnChecks);
  }
}
