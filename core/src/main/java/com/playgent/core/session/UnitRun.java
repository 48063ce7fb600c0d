package com.playgent.core.session;

/**
 * Which run answered one unit of a selection: {@code tc_xyz789}, {@code tags refunds, billing} or
 * {@code run run_def456}, and its run id. A re-run of single turns of the same factory reports these
 * runs again, so the positions of its nodes mean what they meant.
 */
public record UnitRun(String unit, String runId) {}
