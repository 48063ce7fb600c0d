package com.playgent.core.outcome;

import java.util.List;
import java.util.Set;

/**
 * The run's own verdict after its turns, worded once for the extension and the plugin's Surefire
 * XML. A run gets a test of its own ({@code › run verdict}) only when it says something no turn
 * says ({@link #ownTest()}): an error when the run failed on the service or never finished, a
 * failure when it judged nothing or the service marked it unsuccessful although every turn passed.
 * When turns failed, those turns are the failures, one each; the run's summary then goes only to
 * the console and report entries.
 *
 * @param message null when the run has no test of its own; otherwise the problem and the link
 * @param console the line printed for the run: case, run id, summary (known failing turns counted
 *     apart, unknown metrics as unknown) and link
 * @param summary the summary alone, e.g. {@code 2 of 3 turns passed · avg latency 1450 ms · cost $0.0102}
 */
public record RunVerdict(Kind kind, String message, String console, String summary) {
  /** What became of the run as a whole. */
  public enum Kind {
    /** Every turn passed. */
    PASSED,
    /** Every turn that failed is listed in {@code knownFailingTurns}. */
    ONLY_KNOWN_FAILURES,
    /** Turns failed; they say so themselves. */
    TURNS_FAILED,
    /** The run judged nothing, or broke a run-level rule no turn shows. */
    FAILED,
    /** The run failed on the service or never finished. */
    ERROR
  }

  /** Whether the run needs a test of its own: only {@link Kind#FAILED} and {@link Kind#ERROR} do. */
  public boolean ownTest() {
    return kind == Kind.FAILED || kind == Kind.ERROR;
  }

  public static RunVerdict of(RunReport report, List<TurnReport> turns, Set<Integer> knownFailingTurns) {
    String summary = report.summary(knownFailingTurns);
    String console = "playgent: " + report.caseLabel() + " · run " + report.run().runId() + " · " + summary
        + "\n  link: " + report.link();
    String problem = report.problem();
    if (report.failedToRun() || !report.run().isTerminal()) {
      return new RunVerdict(Kind.ERROR, problem + "\n  link: " + report.link(), console, summary);
    }
    if (problem == null) {
      return new RunVerdict(Kind.PASSED, null, console, summary);
    }
    boolean anyFailed = turns.stream().anyMatch(t -> !t.verdict().passed());
    if (!anyFailed) {
      return new RunVerdict(Kind.FAILED, problem + "\n  link: " + report.link(), console, summary);
    }
    boolean onlyKnown = turns.stream().allMatch(t -> t.verdict().passed() || knownFailingTurns.contains(t.number()));
    if (onlyKnown) {
      return new RunVerdict(Kind.ONLY_KNOWN_FAILURES, null,
          console + "\n  every failing turn of this run is listed in knownFailingTurns", summary);
    }
    return new RunVerdict(Kind.TURNS_FAILED, null, console, summary);
  }
}
