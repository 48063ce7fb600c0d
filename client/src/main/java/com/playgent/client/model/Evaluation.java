package com.playgent.client.model;

import java.util.Map;

/** The answer of {@code POST /v1/evaluate}. */
public record Evaluation(String evaluationId, Boolean overallPass, Map<String, ScorerResult> results) {
  public Evaluation {
    results = Immutables.map(results);
  }

  public Map<String, ScorerResult> resultsOrEmpty() {
    return results == null ? Map.of() : results;
  }
}
