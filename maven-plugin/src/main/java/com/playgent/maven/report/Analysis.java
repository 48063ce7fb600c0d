package com.playgent.maven.report;

import com.playgent.client.model.CaseResult;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.Percentiles;
import com.playgent.core.outcome.RepeatedTurn;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.RunVerdict;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.report.ReportData.CaseRun;
import com.playgent.maven.report.ReportData.Cost;
import com.playgent.maven.report.ReportData.FailedRun;
import com.playgent.maven.report.ReportData.FailingTurn;
import com.playgent.maven.report.ReportData.Latency;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.Sessions;
import com.playgent.maven.report.ReportData.SkippedUnit;
import com.playgent.maven.report.ReportData.TestCaseStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Computes a {@link ReportData} from the runs of sessions: the one place the report's numbers come from. */
public final class Analysis {
  private Analysis() {}

  /**
   * @param runs the sessions' runs, each with the client-side thresholds its session recorded
   * @param defaultBaseUrl the base URL for links of runs the journal does not know
   */
  public static ReportData of(SessionRuns runs, String defaultBaseUrl) {
    Map<String, CaseAcc> cases = new LinkedHashMap<>();
    Map<String, ScorerAcc> scorers = new LinkedHashMap<>();
    List<Long> latencies = new ArrayList<>();
    List<FailedRun> failedRuns = new ArrayList<>();
    List<FailingTurn> failing = new ArrayList<>();
    List<FailingTurn> knownFailing = new ArrayList<>();
    List<CaseRun> caseRuns = new ArrayList<>();
    int turns = 0;
    int passed = 0;
    int known = 0;
    int latencyMissing = 0;
    double cost = 0;
    int turnsMissingCost = 0;
    int runsMissingCost = 0;
    // By run key, not run id: merged inputs reuse run ids (SessionRuns.keyOf).
    Map<String, List<RunReport>> reportsByRun = new HashMap<>();
    for (SessionRuns.JudgedRun judged : runs.runs()) {
      reportsByRun.put(judged.key(), RunReport.of(judged.run(), judged.thresholds(),
          trimSlash(runs.baseUrlOf(judged.key(), defaultBaseUrl))));
    }
    // Turns of repeated test cases are judged over their repeats, once per turn, as JUnit reported them.
    RepeatedRuns repeated = RepeatedRuns.of(runs, reportsByRun);
    Set<String> repeatedRuns = repeated.runKeys();

    for (SessionRuns.JudgedRun judged : runs.runs()) {
      Run run = judged.run();
      String baseUrl = trimSlash(runs.baseUrlOf(judged.key(), defaultBaseUrl));
      boolean runMissesCost = false;
      boolean runFailed = !RunStatus.COMPLETED.equals(run.status());
      for (ScorerThreshold t : judged.thresholds()) {
        scorers.computeIfAbsent(t.scorer(), ScorerAcc::new).thresholds.add(t);
      }
      List<RunReport> reports = reportsByRun.get(judged.key());
      boolean repeat = repeatedRuns.contains(judged.key());
      for (RunReport report : reports) {
        CaseResult c = report.testCase();
        String key = c.id() != null ? c.id() : c.ref().label();
        CaseAcc acc = cases.computeIfAbsent(key, k -> new CaseAcc(k, c.id(), c.name(), report.caseLabel()));
        acc.runs++;
        if (runFailed) {
          acc.failedRuns++;
        }
        Set<Integer> knownHere = judged.knownFailing().forCase(c.id());
        List<TurnReport> turnReports = report.turns();
        caseRuns.add(new CaseRun(key, report, turnReports, RunVerdict.of(report, turnReports, knownHere), knownHere,
            baseUrl + "/traces/"));
        for (TurnReport t : turnReports) {
          TurnResult r = t.turn();
          String trace = r.traceId() == null ? null : baseUrl + "/traces/" + r.traceId();
          if (repeat) {
            // counted once over its repeats, below
          } else if (t.verdict().passed()) {
            passed++;
            acc.passed++;
          } else if (knownHere.contains(t.number())) {
            known++;
            acc.known++;
            knownFailing.add(new FailingTurn(t, report.caseLabel(), trace));
          } else {
            failing.add(new FailingTurn(t, report.caseLabel(), trace));
          }
          if (!repeat) {
            turns++;
            acc.turns++;
          }
          Long latency = r.metrics() == null ? null : r.metrics().latencyMs();
          if (latency == null) {
            latencyMissing++;
          } else {
            latencies.add(latency);
            acc.latencies.add(latency);
          }
          for (Map.Entry<String, ScorerOutput> e : r.evaluationOrEmpty().scorers().entrySet()) {
            if (e.getValue() != null && e.getValue().score() != null) {
              scorers.computeIfAbsent(e.getKey(), ScorerAcc::new).add(e.getValue().score());
            }
          }
        }
        Double caseCost = report.costUsd();
        cost += report.knownCostUsd();
        acc.cost += report.knownCostUsd();
        if (caseCost == null) {
          acc.costKnown = false; // shown as unknown, never as $0.0000
          if (report.turnsMissingCost() > 0) {
            turnsMissingCost += report.turnsMissingCost();
            runMissesCost = true;
          }
        }
      }
      if (runMissesCost) {
        runsMissingCost++;
      }
      if (runFailed) {
        String label = reports.isEmpty() ? "?" : reports.get(0).caseLabel();
        String problem = reports.isEmpty() ? "run " + run.runId() + " is " + run.status() : reports.get(0).problem();
        failedRuns.add(new FailedRun(run.runId(), String.valueOf(run.status()), label, problem,
            baseUrl + "/runs/" + run.runId()));
      }
    }
    for (RepeatedRuns.Group g : repeated.groups()) {
      CaseAcc acc = cases.computeIfAbsent(g.caseKey(), k -> new CaseAcc(k, g.caseKey(), g.caseLabel(), g.caseLabel()));
      Set<Integer> knownHere = knownFailingOf(runs, g);
      for (RepeatedTurn t : g.turns()) {
        turns++;
        acc.turns++;
        if (t.passed()) {
          passed++;
          acc.passed++;
          continue;
        }
        RepeatedTurn.Attempt shownAttempt = t.attempts().stream().filter(a -> a.turn() != null && !a.passed())
            .findFirst().orElseGet(() -> t.attempts().stream().filter(a -> a.turn() != null).findFirst().orElseThrow());
        TurnReport shown = shownAttempt.turn();
        String trace = shown.turn().traceId() == null ? null
            : trimSlash(runs.baseUrlOf(g.runKeyOf(shownAttempt.repeat()), defaultBaseUrl)) + "/traces/"
                + shown.turn().traceId();
        if (knownHere.contains(t.number())) {
          known++;
          acc.known++;
          knownFailing.add(new FailingTurn(shown, g.caseLabel(), trace));
        } else {
          failing.add(new FailingTurn(shown, g.caseLabel(), trace));
        }
      }
    }
    List<SkippedUnit> skipped = new ArrayList<>();
    for (SessionRuns.UnitWithoutRun u : runs.withoutRun()) {
      UnitRecord unit = u.unit();
      if (u.skipped()) {
        skipped.add(new SkippedUnit(u.sessionId(), unit.label(), outcomeName(unit.outcome()), u.problem()));
        continue;
      }
      String link = unit.runId() == null ? null
          : trimSlash(runs.baseUrlOf(runs.keyOf(u.sessionId(), unit.runId()), defaultBaseUrl)) + "/runs/"
              + unit.runId();
      failedRuns.add(new FailedRun(unit.runId(), unit.runId() == null ? "error" : "unfinished", unit.label(),
          u.problem(), link));
    }

    Percentiles p = Percentiles.of(latencies);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    Latency latency = new Latency(p.count(), latencyMissing, p.at(50), p.at(95), p.at(99), p.max(), sorted);
    List<TestCaseStats> caseStats = new ArrayList<>();
    for (CaseAcc a : cases.values()) {
      caseStats.add(new TestCaseStats(a.key, a.id, a.name, a.label, a.runs, a.failedRuns, a.turns, a.passed, a.known,
          a.cost, a.costKnown, Percentiles.of(a.latencies).at(95)));
    }
    caseStats.sort(Comparator
        .comparing((TestCaseStats s) -> s.passed() ? 1 : 0)
        .thenComparing(s -> s.passRate() == null ? -1.0 : s.passRate())
        .thenComparing(TestCaseStats::label));
    List<ScorerStats> scorerStats = new ArrayList<>();
    for (ScorerAcc s : scorers.values()) {
      if (s.count > 0) {
        scorerStats.add(s.stats());
      }
    }
    Sessions sessions = new Sessions(runs.sessions().sessions().stream().map(SessionRecord::sessionId).toList(),
        runs.sessions().description());
    return new ReportData(runs.directory(), sessions, runs.runs().size(), failedRuns, cases.size(), turns, passed,
        known, new Cost(cost, turnsMissingCost == 0, turnsMissingCost, runsMissingCost),
        latency, scorerStats, caseStats, failing, knownFailing, skipped, caseRuns,
        repeated);
  }

  /** The known failing turns of a repeated test case, as its selection listed them. */
  private static Set<Integer> knownFailingOf(SessionRuns runs, RepeatedRuns.Group g) {
    for (SessionRuns.JudgedRun j : runs.runs()) {
      if (g.runKeys().contains(j.key())) {
        return j.knownFailing().forCase(g.caseKey());
      }
    }
    return Set.of();
  }

    /** {@code skipped_unavailable}, as the session file spells it. */
  static String outcomeName(UnitOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }

  /** The URL without a trailing slash; null gives the empty string. */
  public static String trimSlash(String url) {
    if (url == null) {
      return "";
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static final class CaseAcc {
    final String key;
    final String id;
    final String name;
    final String label;
    final List<Long> latencies = new ArrayList<>();
    int runs;
    int failedRuns;
    int turns;
    int passed;
    int known;
    double cost;
    boolean costKnown = true;

    CaseAcc(String key, String id, String name, String label) {
      this.key = key;
      this.id = id;
      this.name = name;
      this.label = label;
    }
  }

  private static final class ScorerAcc {
    final String name;
    final Set<ScorerThreshold> thresholds = new LinkedHashSet<>();
    final int[] histogram = new int[10];
    int count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    ScorerAcc(String name) {
      this.name = name;
    }

    void add(double score) {
      count++;
      sum += score;
      min = Math.min(min, score);
      max = Math.max(max, score);
      int bin = (int) Math.floor(score * 10);
      histogram[Math.max(0, Math.min(9, bin))]++;
    }

    ScorerStats stats() {
      return new ScorerStats(name, count, sum / count, min, max, Arrays.stream(histogram).boxed().toList(),
          ScorerThreshold.Direction.usual(name), List.copyOf(thresholds));
    }
  }
}
