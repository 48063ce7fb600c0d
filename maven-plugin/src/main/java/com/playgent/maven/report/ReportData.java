package com.playgent.maven.report;

import com.playgent.core.outcome.TurnReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The numbers of one report, computed once by {@link Analysis} and rendered by the HTML, Markdown
 * and JSON writers and judged by the quality gates, so all of them agree.
 *
 * <p>Turns are counted from the turns the run files list, judged like the JUnit extension judges
 * them ({@link com.playgent.core.outcome.TurnVerdict}). A run counts as failed when its status is
 * not {@code completed}; journal entries for runs that were started but never fetched count too.
 */
public record ReportData(
    Path source,
    int runs,
    List<FailedRun> failedRuns,
    int testCases,
    int turns,
    int turnsPassed,
    Cost cost,
    Latency latency,
    List<ScorerStats> scorers,
    List<TestCaseStats> testCaseStats,
    List<FailingTurn> failingTurns) {

  public ReportData {
    failedRuns = List.copyOf(failedRuns);
    scorers = List.copyOf(scorers);
    testCaseStats = List.copyOf(testCaseStats);
    failingTurns = List.copyOf(failingTurns);
  }

  public int turnsFailed() {
    return turns - turnsPassed;
  }

  /** Turns passed / turns, or null when no turn was judged. */
  public Double passRate() {
    return turns == 0 ? null : (double) turnsPassed / turns;
  }

  /** No run file and no unfinished journal entry: nothing was recorded. */
  public boolean isEmpty() {
    return runs == 0 && failedRuns.isEmpty();
  }

  /** Every turn passed and every run completed. */
  public boolean allPassed() {
    return !isEmpty() && turnsFailed() == 0 && failedRuns.isEmpty();
  }

  /**
   * The total cost. {@code known} is false when some test case's part of a run has neither a
   * {@code summary.total_cost_usd} nor a {@code cost_usd} on every turn: then {@code usd} is only
   * the known part.
   */
  public record Cost(double usd, boolean known, int turnsMissingCost, int runsMissingCost) {
    /** {@code cost unknown for 3 turns in 1 run (no metrics.cost_usd and no summary.total_cost_usd)}. */
    public String missingExplanation() {
      return "cost unknown for " + plural(turnsMissingCost, "turn") + " in " + plural(runsMissingCost, "run")
          + " (no metrics.cost_usd and no summary.total_cost_usd)";
    }
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Per-turn latency ({@code metrics.latency_ms}) percentiles; all null when none was reported. */
  public record Latency(int count, int missing, Long p50, Long p95, Long p99, Long max) {}

  /**
   * One scorer's scores over every judged turn.
   *
   * @param histogram ten counts: scores in [0, 0.1), [0.1, 0.2), ... [0.9, 1.0]
   */
  public record ScorerStats(String name, int count, double mean, double min, double max, List<Integer> histogram) {
    public ScorerStats {
      histogram = List.copyOf(histogram);
    }
  }

  /** One test case over every run that contained it. */
  public record TestCaseStats(
      String id,
      String name,
      String label,
      int runs,
      int failedRuns,
      int turns,
      int turnsPassed,
      Double costUsd,
      boolean costKnown,
      Long p95LatencyMs) {

    public int turnsFailed() {
      return turns - turnsPassed;
    }

    public Double passRate() {
      return turns == 0 ? null : (double) turnsPassed / turns;
    }
  }

  /** A turn that did not pass, with everything needed to show why. */
  public record FailingTurn(TurnReport report, String caseLabel, String traceLink) {}

  /**
   * A run that did not complete: status {@code failed}, still running, or started but never fetched.
   *
   * @param status the run status, or {@code unfinished} for a journal-only run
   */
  public record FailedRun(String runId, String status, String caseLabel, String problem, String link) {}
}
