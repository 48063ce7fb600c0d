package com.playgent.client.model;

import java.util.List;

/** The body of {@code POST /v1/evaluate}: one input/output pair judged by the named scorers. */
public record EvaluateRequest(
    String input,
    String output,
    String expectedBehavior,
    List<String> context,
    String groundTruth,
    List<String> scorers,
    Double threshold) {

  public EvaluateRequest {
    context = Immutables.list(context);
    scorers = Immutables.list(scorers);
    if (threshold != null && (threshold < 0 || threshold > 1)) {
      throw new IllegalArgumentException("threshold must be within [0, 1], was " + threshold);
    }
  }
}
