package com.playgent.junit.internal;

import com.playgent.core.outcome.RunVerdict;
import com.playgent.junit.PlaygentRunError;
import com.playgent.junit.PlaygentTurnFailure;
import org.junit.jupiter.api.function.Executable;

/** The run's own verdict, after its turns, as core words it: thrown from the run's last test. */
final class RunVerdictExecutable implements Executable {
  private final RunVerdict verdict;

  RunVerdictExecutable(RunVerdict verdict) {
    this.verdict = verdict;
  }

  @Override
  public void execute() {
    System.out.println(verdict.console());
    switch (verdict.kind()) {
      case ERROR: throw new PlaygentRunError(verdict.message(), null);
      case FAILED: throw new PlaygentTurnFailure(verdict.message());
      default: // passed, or only known failures
    }
  }
}
