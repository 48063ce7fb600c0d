package com.playgent.client.model;

import java.util.Map;

/** One scorer's result from {@code POST /v1/evaluate}, with its own {@code pass} and metadata. */
public record ScorerResult(Double score, Boolean pass, String reasoning, Map<String, Object> metadata) {
  public ScorerResult {
    metadata = Immutables.map(metadata);
  }
}
