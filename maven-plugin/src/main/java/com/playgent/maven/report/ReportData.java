package com.playgent.maven.report;

import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.RunVerdict;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.TurnReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The numbers of one report, computed once by {@link Analysis} and rendered by the HTML, Markdown
 * and JSON writers and judged by the quality gates, so all of them agree, with each other and with
 * JUnit.
 *
 * <p>Turns are counted from the turns the run files list, judged like the JUnit extension judges
 * them ({@link com.playgent.core.outcome.TurnVerdict}) with the thresholds their session recorded;
 * a failing turn the session's selection lists in {@code knownFailingTurns} is counted as known
 * failing (JUnit skips it), not as failed. A run counts as failed when its status is not
 * {@code completed}; a unit of a session that got no run file (an error, a run that never finished)
 * counts too. Units skipped on purpose (service unavailable with {@code on-unavailable=skip},
 * nothing matched) are listed, not counted.
 *
 * @param source the output directory read
 * @param sessions which sessions were read, by id and in one sentence
 * @param turnsKnownFailing failing turns listed in {@code knownFailingTurns}: neither passed nor failed
 * @param failingTurns turns that failed and are not known to fail
 * @param knownFailingTurns turns that failed as their {@code knownFailingTurns} entry says
 * @param caseRuns every test case of every run with all its turns, for reading whole conversations
 */
public record ReportData(
    Path source,
    Sessions sessions,
    int runs,
    List<FailedRun> failedRuns,
    int testCases,
    int turns,
    int turnsPassed,
    int turnsKnownFailing,
    Cost cost,
    Latency latency,
    List<ScorerStats> scorers,
    List<TestCaseStats> testCaseStats,
    List<FailingTurn> failingTurns,
    List<FailingTurn> knownFailingTurns,
    List<SkippedUnit> skippedUnits,
    List<CaseRun> caseRuns,
    RepeatedRuns repeated) {

  public ReportData {
    failedRuns = List.copyOf(failedRuns);
    skippedUnits = List.copyOf(skippedUnits);
    scorers = List.copyOf(scorers);
    testCaseStats = List.copyOf(testCaseStats);
    failingTurns = List.copyOf(failingTurns);
    knownFailingTurns = List.copyOf(knownFailingTurns);
    caseRuns = List.copyOf(caseRuns);
  }

  /** Turns that failed and are not known to fail: what fails a build. */
  public int turnsFailed() {
    return turns - turnsPassed - turnsKnownFailing;
  }

  /**
   * Turns passed / turns, or null when no turn was judged. A known failing turn did not pass, so it
   * counts in the denominator, as Surefire's success rate counts a skipped test.
   */
  public Double passRate() {
    return turns == 0 ? null : (double) turnsPassed / turns;
  }

  /** No run and no failed unit: nothing was judged. */
  public boolean isEmpty() {
    return runs == 0 && failedRuns.isEmpty();
  }

  /** Nothing was judged because every unit was skipped on purpose. */
  public boolean onlySkipped() {
    return isEmpty() && !skippedUnits.isEmpty();
  }

  /**
   * The sessions a report was made from.
   *
   * @param ids the session ids, oldest first
   * @param description e.g. {@code 2 sessions of this build: 20261130T120102.123Z-4f2a9c, ...}
   */
  public record Sessions(List<String> ids, String description) {
    public Sessions {
      ids = List.copyOf(ids);
    }
  }

  /**
   * A unit of a session that judged nothing on purpose.
   *
   * @param outcome {@code skipped_unavailable} or {@code nothing_matched}
   */
  public record SkippedUnit(String sessionId, String label, String outcome, String message) {}

  /** Every turn passed or is known to fail, and every run completed: the build's verdict on the runs. */
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

  /** {@code 1 run}, {@code 2 runs}; {@code 1 test case}, {@code 3 test cases}. */
  public static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Per-turn latency ({@code metrics.latency_ms}): percentiles, all null when none was reported, and
   * every value, sorted, for the distribution.
   */
  public record Latency(int count, int missing, Long p50, Long p95, Long p99, Long max, List<Long> values) {
    public Latency {
      values = List.copyOf(values);
    }
  }

  /**
   * One scorer's scores over every judged turn.
   *
   * @param histogram ten counts: scores in [0, 0.1), [0.1, 0.2), ... [0.9, 1.0]
   * @param direction whether a high or a low score is the good one, as thresholds take it
   * @param thresholds the client-side thresholds sessions judged this scorer with, each once
   */
  public record ScorerStats(String name, int count, double mean, double min, double max, List<Integer> histogram,
      ScorerThreshold.Direction direction, List<ScorerThreshold> thresholds) {
    public ScorerStats {
      histogram = List.copyOf(histogram);
      thresholds = List.copyOf(thresholds);
    }
  }

  /**
   * One test case over every run that contained it.
   *
   * @param key the test case id, else its label: what {@link CaseRun#key()} matches
   * @param costUsd the known part of its cost
   * @param costKnown false when a run of it gave no cost (or not for every turn)
   */
  public record TestCaseStats(
      String key,
      String id,
      String name,
      String label,
      int runs,
      int failedRuns,
      int turns,
      int turnsPassed,
      int turnsKnownFailing,
      Double costUsd,
      boolean costKnown,
      Long p95LatencyMs) {

    /** Turns that failed and are not known to fail. */
    public int turnsFailed() {
      return turns - turnsPassed - turnsKnownFailing;
    }

    /** No failed turn, no failed run, and at least one turn judged: the build's verdict on this test case. */
    public boolean passed() {
      return turnsFailed() == 0 && failedRuns == 0 && turns > 0;
    }

    public Double passRate() {
      return turns == 0 ? null : (double) turnsPassed / turns;
    }
  }

  /** A turn that did not pass, with everything needed to show why. */
  public record FailingTurn(TurnReport report, String caseLabel, String traceLink) {}

  /**
   * One test case's part of one run, with every turn: what a reader opens to read the conversation.
   *
   * @param key the test case id, else its label
   * @param verdict the run's verdict (summary, and its problem when it has one)
   * @param knownFailing the turn numbers listed in {@code knownFailingTurns} for it
   * @param traceBase the base URL trace links start with
   */
  public record CaseRun(String key, RunReport report, List<TurnReport> turns, RunVerdict verdict,
      Set<Integer> knownFailing, String traceBase) {
    public CaseRun {
      turns = List.copyOf(turns);
      knownFailing = Set.copyOf(knownFailing);
    }

    /** Whether a turn failed that is not known to fail, or the run itself failed. */
    public boolean hasFailures() {
      return verdict.ownTest() || turns.stream().anyMatch(t -> !t.verdict().passed() && !isKnownFailing(t));
    }

    public boolean isKnownFailing(TurnReport t) {
      return !t.verdict().passed() && knownFailing.contains(t.number());
    }
  }

  /**
   * A run that did not complete: status {@code failed} or still running, or a unit of a session that
   * got no run file.
   *
   * @param runId null when no run was created
   * @param status the run status, or {@code error} for a unit without a run file
   * @param caseLabel the test case, or the unit's label ({@code tc_x}, {@code tags a, b})
   * @param link null when there is no run to link to
   */
  public record FailedRun(String runId, String status, String caseLabel, String problem, String link) {
    /** The run id, or the unit's label when no run was created. */
    public String name() {
      return runId != null ? runId : caseLabel;
    }
  }
}
