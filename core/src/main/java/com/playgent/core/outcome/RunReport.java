package com.playgent.core.outcome;

import com.playgent.client.model.CaseResult;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** One test case's part of a run in words: its turns as {@link TurnReport}s and its own verdict. */
public record RunReport(Run run, CaseResult testCase, Collection<ScorerThreshold> thresholds, String baseUrl) {

  /** The reports of every test case in the run (one for a documented single-case run). */
  public static List<RunReport> of(Run run, Collection<ScorerThreshold> thresholds, String baseUrl) {
    List<RunReport> reports = new ArrayList<>();
    for (CaseResult c : run.cases()) {
      reports.add(new RunReport(run, c, thresholds, baseUrl));
    }
    return reports;
  }

  public List<TurnReport> turns() {
    List<TurnReport> turns = new ArrayList<>();
    List<TurnResult> results = testCase.turns() == null ? List.of() : testCase.turns();
    for (int i = 0; i < results.size(); i++) {
      turns.add(new TurnReport(run.runId(), testCase.ref(), run.agent(), results.get(i), i, thresholds, baseUrl,
          results.size()));
    }
    return turns;
  }

  /** {@code Refund Request Flow (tc_xyz789)}. */
  public String caseLabel() {
    String label = Text.oneLine(testCase.ref().label(), 80);
    return testCase.id() == null || testCase.id().equals(label) ? label : label + " (" + testCase.id() + ")";
  }

  public String link() {
    return baseUrl + "/runs/" + run.runId();
  }

  public boolean failedToRun() {
    return RunStatus.FAILED.equals(run.status());
  }

  /** Null when the run passed; otherwise why it did not, in one paragraph. */
  public String problem() {
    if (failedToRun()) {
      String why = run.error() == null ? "the service gave no reason"
          : (run.error().code() == null ? "" : run.error().code() + ": ")
              + Text.printable(Text.cut(run.error().message(), run.runId()));
      return "run " + run.runId() + " of " + caseLabel() + " failed: " + why;
    }
    if (!run.isTerminal()) {
      return "run " + run.runId() + " of " + caseLabel() + " is still " + run.status();
    }
    List<TurnReport> turns = turns();
    if (turns.isEmpty()) {
      return "run " + run.runId() + " of " + caseLabel() + " completed with no turns: nothing was judged";
    }
    List<String> failed = new ArrayList<>();
    for (TurnReport t : turns) {
      if (!t.verdict().passed()) {
        failed.add("turn " + t.number());
      }
    }
    if (!failed.isEmpty()) {
      return "run " + run.runId() + " of " + caseLabel() + ": " + failed.size() + " of " + turns.size()
          + " turns failed (" + String.join(", ", failed) + ")";
    }
    if (Boolean.FALSE.equals(testCase.success())) {
      return "run " + run.runId() + " of " + caseLabel() + ": the service marked the run unsuccessful although "
          + "every reported turn passed (summary: " + summary() + ")";
    }
    return null;
  }

  /** {@code 3 of 3 turns passed · avg latency 1450 ms · cost $0.0102}. */
  public String summary() {
    return summary(Set.of());
  }

  /**
   * {@code 2 of 3 turns passed, 1 known failing · avg latency 1450 ms · cost $0.0102}; a metric the
   * service did not give is {@code unknown}, never 0.
   *
   * @param knownFailing turn numbers listed in {@code knownFailingTurns}: a failing one is counted apart
   */
  public String summary(Set<Integer> knownFailing) {
    if (failedToRun()) {
      return "failed on the service" + (run.error() == null || run.error().code() == null ? "" : " (" + run.error().code() + ")");
    }
    List<TurnReport> turns = turns();
    long passed = turns.stream().filter(t -> t.verdict().passed()).count();
    long known = turns.stream().filter(t -> !t.verdict().passed() && knownFailing.contains(t.number())).count();
    StringBuilder s = new StringBuilder().append(passed).append(" of ").append(turns.size())
        .append(turns.size() == 1 ? " turn passed" : " turns passed");
    if (known > 0) {
      s.append(", ").append(known).append(" known failing");
    }
    Double latency = avgLatencyMs();
    s.append(" · ").append(latency == null ? "latency unknown" : "avg latency " + Math.round(latency) + " ms");
    s.append(" · cost ").append(Scores.dollars(costUsd()));
    return s.toString();
  }

  /**
   * The mean turn latency: the service's {@code summary.avg_latency_ms} when a turn reported a
   * latency (or the summary's value is above 0), else the mean of the turns' own; null when no turn
   * reported one, so a zeroed summary never reads as 0 ms.
   */
  public Double avgLatencyMs() {
    List<Long> latencies = new ArrayList<>();
    for (TurnResult t : results()) {
      if (t.metrics() != null && t.metrics().latencyMs() != null) {
        latencies.add(t.metrics().latencyMs());
      }
    }
    Double summary = testCase.summary() == null ? null : testCase.summary().avgLatencyMs();
    if (summary != null && (summary > 0 || !latencies.isEmpty())) {
      return summary;
    }
    return latencies.isEmpty() ? null : latencies.stream().mapToLong(Long::longValue).average().orElse(0);
  }

  /**
   * The cost of this test case's part of the run: the service's {@code summary.total_cost_usd} when it
   * is above 0 or every turn reported its cost, else the sum of the turns' {@code cost_usd} when every
   * turn has one; null (unknown) otherwise, and for a part with no turns and no cost.
   */
  public Double costUsd() {
    List<TurnResult> turns = results();
    boolean everyTurn = !turns.isEmpty();
    double sum = 0;
    for (TurnResult t : turns) {
      Double usd = t.metrics() == null ? null : t.metrics().costUsd();
      if (usd == null) {
        everyTurn = false;
      } else {
        sum += usd;
      }
    }
    Double summary = testCase.summary() == null ? null : testCase.summary().totalCostUsd();
    if (summary != null && (summary > 0 || everyTurn)) {
      return summary;
    }
    return everyTurn ? sum : null;
  }

  private List<TurnResult> results() {
    return testCase.turns() == null ? List.of() : testCase.turns();
  }

  /** The turns' costs that are known, summed: the known part of an unknown {@link #costUsd()}. */
  public double knownCostUsd() {
    double sum = 0;
    for (TurnResult t : results()) {
      if (t.metrics() != null && t.metrics().costUsd() != null) {
        sum += t.metrics().costUsd();
      }
    }
    Double summary = testCase.summary() == null ? null : testCase.summary().totalCostUsd();
    return summary != null ? Math.max(summary, sum) : sum;
  }

  /** Turns that reported no {@code cost_usd}, when {@link #costUsd()} is unknown; 0 when it is known. */
  public int turnsMissingCost() {
    if (costUsd() != null) {
      return 0;
    }
    return (int) results().stream().filter(t -> t.metrics() == null || t.metrics().costUsd() == null).count();
  }
}
