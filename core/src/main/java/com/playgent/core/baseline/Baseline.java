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
   * The turn numbers of a test case that did not pass in the blessed runs ({@link TurnStats#passing()}):
   * what the JUnit extension reports as known failing. Empty for a test case the baseline does not have.
   */
  public java.util.Set<Integer> failingTurns(String caseKey) {
    return testCase(caseKey).map(c -> c.turns().stream().filter(t -> !t.passing()).map(TurnStats::turn)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))).orElse(new java.util.TreeSet<>());
  }

  /** Turns counted over every test case. */
  public int turnCount() {
    return testCases.stream().mapToInt(c -> c.turns().size()).sum();
  }

  /** Turns that did not pass ({@link TurnStats#passing()}). */
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
   * @param repeats null when it was not run with repeats; else its repeats (over every repeated selection
   *     of it counted, summed)
   * @param minPasses null when it was not run with repeats (a turn passes when it passed in every run);
   *     else the passes a turn needs: its selection's {@code minPasses} (summed over every repeated
   *     selection of it counted, and one more for each single run of it)
   */
  public record CaseStats(String key, String name, int runs, Integer repeats, Integer minPasses,
      List<TurnStats> turns) {
    public CaseStats {
      turns = List.copyOf(turns);
      if ((repeats == null) != (minPasses == null)) {
        throw new IllegalArgumentException("repeats and min_passes go together");
      }
      for (TurnStats t : turns) {
        if (!java.util.Objects.equals(t.minPasses(), minPasses)) {
          throw new IllegalArgumentException("turn " + t.turn() + " of " + key + " is judged by min passes "
              + t.minPasses() + ", its test case by " + minPasses);
        }
      }
    }

    /** Without repeats. */
    public CaseStats(String key, String name, int runs, List<TurnStats> turns) {
      this(key, name, runs, null, null, turns);
    }

    /** Whether it was judged over repeats. */
    public boolean repeated() {
      return minPasses != null;
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
   * @param minPasses null for a test case without repeats; else its test case's
   *     {@link CaseStats#minPasses()}: the passes the turn needs
   * @param scorerMeans the mean score of each scorer over those runs, by scorer name
   */
  public record TurnStats(int turn, int runs, int passed, Integer minPasses,
      java.util.SortedMap<String, Double> scorerMeans) {
    public TurnStats {
      scorerMeans = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(scorerMeans));
    }

    /** A turn of a test case without repeats. */
    public TurnStats(int turn, int runs, int passed, java.util.SortedMap<String, Double> scorerMeans) {
      this(turn, runs, passed, null, scorerMeans);
    }

    /** Passed / runs. */
    public double passRate() {
      return runs == 0 ? 0 : (double) passed / runs;
    }

    /**
     * Whether the turn passes in these runs, judged as the build judges it: without repeats, it passed
     * in every run of it (a failure is never blessed as a pass); with repeats, it passed in at least
     * {@code minPasses} of them ({@link com.playgent.core.outcome.RepeatedTurn#passes(int, int)}), so
     * a flaky turn that passes by its count is passing.
     */
    public boolean passing() {
      return minPasses == null ? runs > 0 && passed == runs
          : com.playgent.core.outcome.RepeatedTurn.passes(passed, minPasses);
    }

    /** {@code passed 4 of 5 runs, needs 4}, or {@code passed 0 of 1 run}. */
    public String record() {
      return "passed " + passed + " of " + runs + (runs == 1 ? " run" : " runs")
          + (minPasses == null ? "" : ", needs " + minPasses);
    }
  }
}
