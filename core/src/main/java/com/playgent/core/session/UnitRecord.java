package com.playgent.core.session;

/**
 * One unit of a selection: which run reported it, how that run was obtained and what became of it.
 *
 * @param label {@code tc_xyz789}, {@code tags refunds, billing} or {@code run run_def456}
 * @param runId the run's id, or null when no run was created
 * @param turns turns reported; null unless {@code REPORTED}
 * @param failed turns that failed; known-failing turns are counted in {@code knownFailing} only
 * @param repeat which repeat of its selection this unit is (1..n); null when the selection has no repeats
 */
public record UnitRecord(
    String label,
    String runId,
    Obtained obtained,
    UnitOutcome outcome,
    String message,
    Integer turns,
    Integer passed,
    Integer failed,
    Integer knownFailing,
    Integer repeat) {

  public UnitRecord(String label, String runId, Obtained obtained, UnitOutcome outcome, String message, Integer turns,
      Integer passed, Integer failed, Integer knownFailing) {
    this(label, runId, obtained, outcome, message, turns, passed, failed, knownFailing, null);
  }

  /** This record as repeat {@code repeat} of its selection; 0 leaves it without one. */
  public UnitRecord withRepeat(int repeat) {
    return repeat == 0 ? this
        : new UnitRecord(label, runId, obtained, outcome, message, turns, passed, failed, knownFailing, repeat);
  }

  public static UnitRecord reported(String label, String runId, Obtained obtained, int turns, int passed, int failed,
      int knownFailing) {
    return new UnitRecord(label, runId, obtained, UnitOutcome.REPORTED, null, turns, passed, failed, knownFailing);
  }

  public static UnitRecord problem(String label, String runId, Obtained obtained, UnitOutcome outcome, String message) {
    return new UnitRecord(label, runId, obtained, outcome, message, null, null, null, null);
  }
}
