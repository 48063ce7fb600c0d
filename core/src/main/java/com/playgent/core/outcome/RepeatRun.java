package com.playgent.core.outcome;

/**
 * One repeat's part of a test case: its run's report for the case, or why it has none.
 *
 * @param repeat 1-based repeat index
 * @param runId the run's id, null when none was created
 * @param report the run's part for the test case, null when the repeat has none
 * @param problem why {@code report} is null (the run erred, or did not hold this test case); else null
 */
public record RepeatRun(int repeat, String runId, RunReport report, String problem) {
  public static RepeatRun reported(int repeat, RunReport report) {
    return new RepeatRun(repeat, report.run().runId(), report, null);
  }

  public static RepeatRun missing(int repeat, String runId, String problem) {
    return new RepeatRun(repeat, runId, null, problem);
  }

  /** The number of turns this repeat reported: 0 without a report. */
  public int turnCount() {
    return report == null ? 0 : report.turns().size();
  }

  /** {@code repeat 3 (run_abc)} or {@code repeat 3} when no run was created. */
  public String name() {
    return "repeat " + repeat + (runId == null ? "" : " (" + runId + ")");
  }
}
