package com.playgent.junit.internal;

import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.TurnReport;
import com.playgent.junit.PlaygentRunError;
import com.playgent.junit.PlaygentTurnFailure;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/**
 * The run's own verdict, after its turns: an error when the run failed on the service, a failure
 * when it judged nothing or its turns failed (other than known failing ones).
 */
final class RunVerdictExecutable implements Executable {
  private final RunReport report;
  private final Set<Integer> knownFailingTurns;

  RunVerdictExecutable(RunReport report, Set<Integer> knownFailingTurns) {
    this.report = report;
    this.knownFailingTurns = knownFailingTurns;
  }

  @Override
  public void execute() {
    String summary = report.caseLabel() + " · run " + report.run().runId() + " · " + report.summary();
    System.out.println("playgent: " + summary + "\n  link: " + report.link());
    if (report.failedToRun()) {
      throw new PlaygentRunError(report.problem() + "\n  link: " + report.link(), null);
    }
    String problem = report.problem();
    if (problem == null) {
      return;
    }
    List<TurnReport> turns = report.turns(); // each call builds every turn's report anew: once is enough
    boolean onlyKnownFailures = !turns.isEmpty() && report.run().isTerminal()
        && turns.stream().allMatch(t -> t.verdict().passed() || knownFailingTurns.contains(t.number()))
        && turns.stream().anyMatch(t -> !t.verdict().passed());
    if (onlyKnownFailures) {
      System.out.println("  every failing turn of this run is listed in knownFailingTurns");
      return;
    }
    StringBuilder text = new StringBuilder(problem).append('\n');
    for (TurnReport t : turns) {
      if (!t.verdict().passed()) {
        text.append("  ").append(t.headline()).append('\n');
      }
    }
    text.append("  link: ").append(report.link());
    throw new PlaygentTurnFailure(text.toString());
  }
}
