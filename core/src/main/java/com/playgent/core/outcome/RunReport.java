package com.playgent.core.outcome;

import com.playgent.client.model.CaseResult;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
      turns.add(new TurnReport(run.runId(), testCase.ref(), run.agent(), results.get(i), i, thresholds, baseUrl));
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
    if (failedToRun()) {
      return "failed on the service" + (run.error() == null || run.error().code() == null ? "" : " (" + run.error().code() + ")");
    }
    List<TurnReport> turns = turns();
    long passed = turns.stream().filter(t -> t.verdict().passed()).count();
    StringBuilder s = new StringBuilder().append(passed).append(" of ").append(turns.size()).append(" turns passed");
    if (testCase.summary() != null) {
      if (testCase.summary().avgLatencyMs() != null) {
        s.append(" · avg latency ").append(Math.round(testCase.summary().avgLatencyMs())).append(" ms");
      }
      s.append(" · cost ").append(Scores.dollars(testCase.summary().totalCostUsd()));
    }
    return s.toString();
  }
}
