package com.playgent.junit.internal;

import com.playgent.core.outcome.RunVerdict;
import com.playgent.junit.PlaygentRunError;
import com.playgent.junit.PlaygentTurnFailure;
import org.junit.jupiter.api.function.Executable;

/**
 * The run's own verdict, after its turns, as core words it: thrown from the run's last test, which
 * exists only when the run failed, erred or judged nothing ({@link RunVerdict#ownTest()}).
 */
final class RunVerdictExecutable implements Executable {
  private final RunVerdict verdict;

  RunVerdictExecutable(RunVerdict verdict) {
    this.verdict = verdict;
  }

  @Override
  public void execute() {
    String headline = verdict.message().lines().findFirst().orElse("");
    String details = verdict.message().substring(headline.length()).strip();
    switch (verdict.kind()) {
      case ERROR: throw new PlaygentRunError(headline, details, null);
      case FAILED: throw new PlaygentTurnFailure(headline, details, null);
      default: // nothing to say: RunNodes makes no test for such a verdict
    }
  }
}
