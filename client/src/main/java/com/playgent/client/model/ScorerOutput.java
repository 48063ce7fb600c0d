package com.playgent.client.model;

/**
 * One scorer's judgement of a run turn: a score in [0, 1] and the judge's reasoning. The run API
 * documents no per-scorer {@code pass}; it is read when a service sends it.
 */
public record ScorerOutput(Double score, String reasoning, Boolean pass) {
  public ScorerOutput(Double score, String reasoning) {
    this(score, reasoning, null);
  }
}
