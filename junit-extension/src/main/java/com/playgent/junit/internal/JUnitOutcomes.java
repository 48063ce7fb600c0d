package com.playgent.junit.internal;

import com.playgent.core.outcome.Problems;
import com.playgent.core.outcome.Problems.Problem;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.junit.PlaygentRunError;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Core's problems as JUnit outcomes: a failure, a visible skip or an error. */
public final class JUnitOutcomes {
  private JUnitOutcomes() {}

  static Throwable of(Problem problem) {
    switch (problem.severity()) {
      case FAILURE: return new AssertionFailedError(problem.message());
      case SKIP: return new TestAbortedException(problem.message());
      default: return new PlaygentRunError(problem.message(), problem.cause());
    }
  }

  /** What a plain test that used the service (a local evaluation) throws for {@code error}. */
  public static Throwable forPlainTest(Throwable error, PlaygentSettings settings) {
    String skip = Problems.skipReasonForPlainTest(error, settings);
    return skip == null ? error : new TestAbortedException(skip);
  }
}
