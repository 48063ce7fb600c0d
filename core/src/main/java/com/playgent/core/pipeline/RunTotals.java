package com.playgent.core.pipeline;

import com.playgent.client.model.TurnMetrics;
import com.playgent.core.outcome.Percentiles;
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
  private int unknownCost;
  private double cost;

  public void created(String runId) {
    created.add(runId);
  }

  /** Counts a run's turns once, however often its nodes are built (IDE and Surefire re-runs). */
  public synchronized void reported(RunReport report) {
    reportedRuns.add(report.run().runId());
    if (!reportedCases.add(report.run().runId() + "/" + report.testCase().id())) {
      return;
    }
    for (TurnReport t : report.turns()) {
      if (t.verdict().passed()) {
        passed++;
      } else {
        failed++;
      }
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
  }

  public synchronized boolean isEmpty() {
    return created.isEmpty() && reportedRuns.isEmpty();
  }

  /** {@code playgent: 5 runs, 14 turns (12 passed, 2 failed), cost $0.0421, p95 latency 2310 ms}. */
  public synchronized String summaryLine() {
    int turns = passed + failed;
    String costText = Scores.dollars(cost) + (unknownCost > 0 ? " (+" + unknownCost + " turns of unknown cost)" : "");
    return String.format(Locale.ROOT, "playgent: %d runs, %d turns (%d passed, %d failed), cost %s, p95 latency %s",
        reportedRuns.size(), turns, passed, failed, costText, p95());
  }

  private String p95() {
    List<Long> copy;
    synchronized (latencies) {
      copy = new ArrayList<>(latencies);
    }
    Long p95 = Percentiles.of(copy).at(95);
    return p95 == null ? "n/a" : p95 + " ms";
  }


  public Set<String> createdRunIds() {
    return Set.copyOf(created);
  }

  public Set<String> reportedRunIds() {
    return Set.copyOf(reportedRuns);
  }
}
