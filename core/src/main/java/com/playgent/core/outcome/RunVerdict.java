package com.playgent.core.outcome;

import java.util.List;
import java.util.Set;

/**
 * The run's own verdict after its turns, worded once for the extension's {@code › run verdict}
 * test and the plugin's Surefire XML: an error when the run failed on the service or never
 * finished, a failure when it judged nothing or turns failed (other than known failing ones).
 *
 * @param message null when it passed; otherwise the problem, each failing turn's headline and the link
 * @param console the line printed for the run: case, run id, summary and link
 */
public record RunVerdict(Kind kind, String message, String console) {
  public enum Kind { PASSED, ONLY_KNOWN_FAILURES, FAILED, ERROR }

  public static RunVerdict of(RunReport report, List<TurnReport> turns, Set<Integer> knownFailingTurns) {
    String console = "playgent: " + report.caseLabel() + " · run " + report.run().runId() + " · " + report.summary()
        + "\n  link: " + report.link();
    String problem = report.problem();
    if (report.failedToRun() || !report.run().isTerminal()) {
      return new RunVerdict(Kind.ERROR, problem + "\n  link: " + report.link(), console);
    }
    if (problem == null) {
      return new RunVerdict(Kind.PASSED, null, console);
    }
    boolean onlyKnownFailures = !turns.isEmpty()
        && turns.stream().allMatch(t -> t.verdict().passed() || knownFailingTurns.contains(t.number()))
        && turns.stream().anyMatch(t -> !t.verdict().passed());
    if (onlyKnownFailures) {
      return new RunVerdict(Kind.ONLY_KNOWN_FAILURES, null,
          console + "\n  every failing turn of this run is listed in knownFailingTurns");
    }
    StringBuilder text = new StringBuilder(problem).append('\n');
    for (TurnReport t : turns) {
      if (!t.verdict().passed()) {
        text.append("  ").append(t.headline()).append('\n');
      }
    }
    text.append("  link: ").append(report.link());
    return new RunVerdict(Kind.FAILED, text.toString(), console);
  }
}
