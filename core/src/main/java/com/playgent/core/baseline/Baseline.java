package com.playgent.core.baseline;

import java.util.List;
import java.util.Optional;

/**
 * How the agent did in the blessed runs: per test case and turn the pass rate over every reported
 * run of that test case and the mean of each scorer; per suite (a test class, or the {@code run}
 * goal) and in total the cost and the p95 latency; and where it came from. A build is compared with
 * it by {@link BaselineComparison}.
 *
 * @param schema the file layout, {@link #SCHEMA}
 * @param createdAt when the newest blessed session ended (ISO-8601): a re-bless of the same sessions
 *     gives the same file
 * @param sessions the blessed session ids, oldest first
 * @param runIds the blessed run ids, sorted
 * @param total every blessed run together
 * @param suites one per test class (or {@code playgent:run}), sorted by name
 * @param testCases sorted by key
 */
public record Baseline(int schema, String createdAt, List<String> sessions, List<String> runIds, SuiteStats total,
    List<SuiteStats> suites, List<CaseStats> testCases) {
  /** The one layout this version writes and reads. */
  public static final int SCHEMA = 1;

  public Baseline {
    sessions = List.copyOf(sessions);
    runIds = List.copyOf(runIds);
    suites = List.copyOf(suites);
    testCases = List.copyOf(testCases);
  }

  public Optional<CaseStats> testCase(String key) {
    return testCases.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * The turn numbers of a test case that did not pass in every blessed run: what the JUnit extension
   * reports as known failing. Empty for a test case the baseline does not have.
   */
  public java.util.Set<Integer> failingTurns(String caseKey) {
    return testCase(caseKey).map(c -> c.turns().stream().filter(t -> !t.passing()).map(TurnStats::turn)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))).orElse(new java.util.TreeSet<>());
  }

  /** Turns counted over every test case. */
  public int turnCount() {
    return testCases.stream().mapToInt(c -> c.turns().size()).sum();
  }

  /** Turns that did not pass in every run counted. */
  public int failingTurnCount() {
    return (int) testCases.stream().flatMap(c -> c.turns().stream()).filter(t -> !t.passing()).count();
  }

  /**
   * Cost and latency of a group of runs.
   *
   * @param name the test class, {@code playgent:run}, or {@code total}
   * @param costUsd summed cost, null when any part was unknown
   * @param p95LatencyMs nearest-rank p95 of per-turn {@code metrics.latency_ms}, null when none was reported
   */
  public record SuiteStats(String name, int runs, int turns, Double costUsd, Long p95LatencyMs) {}

  /**
   * One test case over every blessed run of it.
   *
   * @param key the test case id, else its label
   * @param name its name as shown
   */
  public record CaseStats(String key, String name, int runs, List<TurnStats> turns) {
    public CaseStats {
      turns = List.copyOf(turns);
    }

    public Optional<TurnStats> turn(int number) {
      return turns.stream().filter(t -> t.turn() == number).findFirst();
    }
  }

  /**
   * One turn (1-based) over the runs that had it.
   *
   * @param runs runs that had this turn
   * @param passed runs in which it passed (known failing turns did not pass)
   * @param scorerMeans the mean score of each scorer over those runs, by scorer name
   */
  public record TurnStats(int turn, int runs, int passed, java.util.SortedMap<String, Double> scorerMeans) {
    public TurnStats {
      scorerMeans = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(scorerMeans));
    }

    /** Passed / runs. */
    public double passRate() {
      return runs == 0 ? 0 : (double) passed / runs;
    }

    /**
     * Whether the turn passes in these runs: it passed in every run of it. A turn that failed even
     * once (a flaky turn of repeats, too) is failing here, so a baseline never blesses a failure as a
     * pass.
     */
    public boolean passing() {
      return runs > 0 && passed == runs;
    }
  }
}
