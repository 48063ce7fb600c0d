package com.playgent.core.pipeline;

import com.playgent.client.model.TurnMetrics;
import com.playgent.core.outcome.Percentiles;
import com.playgent.core.outcome.RepeatedTurn;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.Scores;
import com.playgent.core.outcome.TurnReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Totals over every run of one session, for the one summary line at its end. */
public final class RunTotals {
  private final Set<String> created = ConcurrentHashMap.newKeySet();
  private final Set<String> reportedRuns = ConcurrentHashMap.newKeySet();
  private final Set<String> reportedCases = ConcurrentHashMap.newKeySet();
  private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
  private int passed;
  private int failed;
  private int knownFailing;
  private int unknownCost;
  private double cost;

  public void created(String runId) {
    created.add(runId);
  }

  /** Counts a run's turns once, however often its nodes are built (IDE and Surefire re-runs). */
  public void reported(RunReport report) {
    reported(report, Set.of());
  }

  /**
   * Counts a run's turns once; a failing turn listed in {@code knownFailingTurns} is counted as
   * known failing, as JUnit reports it (skipped), not as failed.
   */
  public synchronized void reported(RunReport report, Set<Integer> knownFailingTurns) {
    if (spent(report)) {
      for (TurnReport t : report.turns()) {
        count(t.verdict().passed(), knownFailingTurns.contains(t.number()));
      }
    }
  }

  /**
   * Counts a repeat's run, cost and latency, not its turns: a repeated test case's turns are counted once,
   * over its repeats, by {@link #judgedOverRepeats}.
   */
  public synchronized void repeatReported(RunReport report) {
    spent(report);
  }

  /**
   * Counts each turn of a repeated test case once, as JUnit reports it: passed when enough repeats passed
   * it, else known failing or failed. {@code repeatRunIds} names the repeats, so rebuilt nodes count nothing twice.
   */
  public synchronized void judgedOverRepeats(String caseId, List<String> repeatRunIds, List<RepeatedTurn> turns,
      Set<Integer> knownFailingTurns) {
    if (!reportedCases.add("repeats:" + repeatRunIds + "/" + caseId)) {
      return;
    }
    for (RepeatedTurn t : turns) {
      count(t.passed(), knownFailingTurns.contains(t.number()));
    }
  }

  /** Adds a run part's run, cost and latencies; false when this part was counted before. */
  private boolean spent(RunReport report) {
    reportedRuns.add(report.run().runId());
    if (!reportedCases.add(report.run().runId() + "/" + report.testCase().id())) {
      return false;
    }
    for (TurnReport t : report.turns()) {
      TurnMetrics m = t.turn().metrics();
      if (m == null || m.costUsd() == null) {
        unknownCost++;
      } else {
        cost += m.costUsd();
      }
      if (m != null && m.latencyMs() != null) {
        latencies.add(m.latencyMs());
      }
    }
    return true;
  }

  private void count(boolean passedTurn, boolean knownFailingTurn) {
    if (passedTurn) {
      passed++;
    } else if (knownFailingTurn) {
      knownFailing++;
    } else {
      failed++;
    }
  }

  public synchronized boolean isEmpty() {
    return created.isEmpty() && reportedRuns.isEmpty();
  }

  /**
   * {@code playgent: 5 runs, 14 turns (12 passed, 1 failed, 1 known failing), cost $0.0421, p95 latency 2310 ms}.
   */
  public synchronized String summaryLine() {
    int turns = passed + failed + knownFailing;
    String costText = Scores.dollars(cost) + (unknownCost > 0 ? " (+" + plural(unknownCost, "turn")
        + " of unknown cost)" : "");
    return String.format(Locale.ROOT, "playgent: %s, %s (%d passed, %d failed%s), cost %s, p95 latency %s",
        plural(reportedRuns.size(), "run"), plural(turns, "turn"), passed, failed,
        knownFailing == 0 ? "" : ", " + knownFailing + " known failing", costText, p95());
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private String p95() {
    List<Long> copy;
    synchronized (latencies) {
      copy = new ArrayList<>(latencies);
    }
    Long p95 = Percentiles.of(copy).at(95);
    return p95 == null ? "unknown" : p95 + " ms";
  }


  public Set<String> createdRunIds() {
    return Set.copyOf(created);
  }

  public Set<String> reportedRunIds() {
    return Set.copyOf(reportedRuns);
  }
}
