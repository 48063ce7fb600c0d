package com.playgent.client.model;

import java.util.Map;

/** A turn's evaluation: {@code overall_pass} and the scorer outputs, in the order the service sent them. */
public record TurnEvaluation(Boolean overallPass, Map<String, ScorerOutput> scorerOutputs) {
  public TurnEvaluation {
    scorerOutputs = Immutables.map(scorerOutputs);
  }

  /** The scorer outputs, never null. */
  public Map<String, ScorerOutput> scorers() {
    return scorerOutputs == null ? Map.of() : scorerOutputs;
  }
}
