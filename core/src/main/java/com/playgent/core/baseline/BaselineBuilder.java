package com.playgent.core.baseline;

import com.playgent.client.model.CaseResult;
import com.playgent.client.model.Run;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TurnResult;
import com.playgent.core.baseline.Baseline.CaseStats;
import com.playgent.core.baseline.Baseline.SuiteStats;
import com.playgent.core.baseline.Baseline.TurnStats;
import com.playgent.core.outcome.Percentiles;
import com.playgent.core.outcome.RepeatRun;
import com.playgent.core.outcome.RepeatedCase;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.TurnReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects judged runs into a {@link Baseline}: the same numbers whether they describe the blessed
 * runs or this build's, so the comparison compares like with like. Each turn is judged as JUnit
 * judges it ({@link TurnReport#verdict()} with the thresholds its session recorded); every run of a
 * test case counts, so repeats give pass rates between 0 and 1. A test case run with repeats (each of
 * its {@link RepeatedCase}s told with {@link #repeated(RepeatedCase)}) is judged as the build judges it
 * over its repeats: a turn passes when at least {@code minPasses} runs passed it
 * ({@link com.playgent.core.outcome.RepeatedTurn#passes(int, int)}); other test cases need every run
 * to pass. Values are rounded once, here
 * (scores and rates to 4 decimals, money to 6), so a file read back equals the baseline written.
 */
public final class BaselineBuilder {
  /** The suite name of runs that no test class declared (the {@code run} goal). */
  public static final String RUN_GOAL_SUITE = "playgent:run";
  public static final String TOTAL = "total";

  private final TreeSet<String> sessions = new TreeSet<>();
  private final java.util.Set<String> runKeys = new java.util.HashSet<>();
  private final List<String> runIds = new ArrayList<>();
  private final Map<String, SuiteAcc> suites = new TreeMap<>();
  private final SuiteAcc total = new SuiteAcc(TOTAL);
  private final Map<String, CaseAcc> cases = new TreeMap<>();
  private String newestSessionEnd;

  /** A blessed session: its id, and when it ended (or started, when it never ended). */
  public BaselineBuilder session(String sessionId, String endedAt) {
    sessions.add(sessionId);
    if (endedAt != null && (newestSessionEnd == null || endedAt.compareTo(newestSessionEnd) > 0)) {
      newestSessionEnd = endedAt;
    }
    return this;
  }

  /**
   * A run, each once (a run listed twice is counted once).
   *
   * @param suite the test class that declared it, or null for the {@code run} goal
   * @param thresholds the client-side thresholds its session recorded
   */
  public BaselineBuilder run(String suite, Run run, Collection<ScorerThreshold> thresholds) {
    return run(suite, run, thresholds, run.runId());
  }

  /**
   * A run, each once by {@code runKey}: its run id, or, when several output directories are merged (CI
   * shards whose emulators reuse run ids), its input and run id, so equal ids of different inputs both count.
   */
  public BaselineBuilder run(String suite, Run run, Collection<ScorerThreshold> thresholds, String runKey) {
    if (runKey != null && !runKeys.add(runKey)) {
      return this;
    }
    if (run.runId() != null) {
      runIds.add(run.runId());
    }
    SuiteAcc s = suites.computeIfAbsent(suite == null || suite.isBlank() ? RUN_GOAL_SUITE : suite, SuiteAcc::new);
    s.runs++;
    total.runs++;
    for (RunReport report : RunReport.of(run, thresholds, "")) {
      CaseResult c = report.testCase();
      String key = c.id() != null ? c.id() : c.ref().label();
      CaseAcc acc = cases.computeIfAbsent(key, k -> new CaseAcc(c.ref().label()));
      acc.runs++;
      Double cost = report.costUsd();
      s.cost(cost);
      total.cost(cost);
      for (TurnReport t : report.turns()) {
        TurnAcc turn = acc.turns.computeIfAbsent(t.number(), n -> new TurnAcc());
        turn.runs++;
        if (t.verdict().passed()) {
          turn.passed++;
        }
        TurnResult r = t.turn();
        for (Map.Entry<String, ScorerOutput> e : r.evaluationOrEmpty().scorers().entrySet()) {
          if (e.getValue() != null && e.getValue().score() != null) {
            turn.scores.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().score());
          }
        }
        Long latency = r.metrics() == null ? null : r.metrics().latencyMs();
        s.turn(latency);
        total.turn(latency);
      }
    }
    return this;
  }

  /**
   * A test case that one selection ran with repeats, judged over them as the build judged it: its
   * turns pass by {@code minPasses}. Its runs are counted by {@link #run} as every run is (tell each
   * run too); a test case told several times (several repeated selections or sessions of it) needs the
   * sum of their {@code minPasses}, and one pass more for each single run of it.
   */
  public BaselineBuilder repeated(RepeatedCase repeated) {
    RepeatRun any = repeated.runs().stream().filter(r -> r.report() != null).findFirst().orElse(null);
    if (any == null) {
      return this; // no repeat reported the test case: none of its runs is counted
    }
    CaseResult c = any.report().testCase();
    String key = c.id() != null ? c.id() : c.ref().label();
    CaseAcc acc = cases.computeIfAbsent(key, k -> new CaseAcc(c.ref().label()));
    acc.repeats += repeated.repeats();
    acc.minPasses += repeated.minPasses();
    acc.repeatedRuns += (int) repeated.runs().stream().filter(r -> r.report() != null).count();
    acc.repeatedSelections++;
    return this;
  }

  public Baseline build() {
    List<CaseStats> caseStats = new ArrayList<>();
    cases.forEach((key, c) -> {
      Integer repeats = c.repeatedSelections == 0 ? null : c.repeats;
      Integer minPasses = c.repeatedSelections == 0 ? null : c.minPasses + Math.max(0, c.runs - c.repeatedRuns);
      List<TurnStats> turns = new ArrayList<>();
      c.turns.forEach((n, t) -> {
        Map<String, Double> means = new TreeMap<>();
        t.scores.forEach((scorer, values) -> means.put(scorer,
            round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0), 4)));
        turns.add(new TurnStats(n, t.runs, t.passed, minPasses, new TreeMap<>(means)));
      });
      caseStats.add(new CaseStats(key, c.name, c.runs, repeats, minPasses, turns));
    });
    List<SuiteStats> suiteStats = suites.values().stream().map(SuiteAcc::stats).toList();
    return new Baseline(Baseline.SCHEMA, newestSessionEnd, new ArrayList<>(sessions), runIds.stream().sorted().toList(),
        total.stats(), suiteStats, caseStats);
  }

  /** Half up, so the same numbers always give the same text. */
  static double round(double value, int decimals) {
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  private static final class SuiteAcc {
    final String name;
    final List<Long> latencies = new ArrayList<>();
    int runs;
    int turns;
    double cost;
    boolean costKnown = true;

    SuiteAcc(String name) {
      this.name = name;
    }

    void cost(Double usd) {
      if (usd == null) {
        costKnown = false; // unknown is never zero
      } else {
        cost += usd;
      }
    }

    void turn(Long latency) {
      turns++;
      if (latency != null) {
        latencies.add(latency);
      }
    }

    SuiteStats stats() {
      return new SuiteStats(name, runs, turns, costKnown ? round(cost, 6) : null, Percentiles.of(latencies).at(95));
    }
  }

  private static final class CaseAcc {
    final String name;
    final Map<Integer, TurnAcc> turns = new TreeMap<>();
    int runs;
    int repeats;
    int minPasses;
    int repeatedRuns;
    int repeatedSelections;

    CaseAcc(String name) {
      this.name = name;
    }
  }

  private static final class TurnAcc {
    final Map<String, List<Double>> scores = new TreeMap<>();
    int runs;
    int passed;
  }
}
