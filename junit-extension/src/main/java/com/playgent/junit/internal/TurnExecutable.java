package com.playgent.junit.internal;

import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.outcome.TurnVerdict;
import com.playgent.junit.PlaygentTurnFailure;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.TestAbortedException;

/**
 * One turn's test. Prints the turn's block (Surefire puts it in this testcase's
 * {@code <system-out>}), then throws the verdict: the service's, client-side thresholds', and the
 * user's per-turn checks'. A known failing turn that fails is skipped; one that passes fails.
 */
public final class TurnExecutable implements Executable {
  private final TurnReport report;
  private final boolean knownFailing;
  private final List<Consumer<TurnResult>> checks;

  TurnExecutable(TurnReport report, boolean knownFailing, List<Consumer<TurnResult>> checks) {
    this.report = report;
    this.knownFailing = knownFailing;
    this.checks = checks;
  }

  public Map<String, String> reportEntries() {
    return report.reportEntries();
  }

  public TurnReport report() {
    return report;
  }

  @Override
  public void execute() {
    String block = report.block();
    System.out.print(block);
    System.out.flush();
    TurnVerdict verdict = report.verdict();
    if (knownFailing) {
      if (!verdict.passed()) {
        System.out.println("  known failing turn (knownFailingTurns): reported as skipped");
        throw new TestAbortedException("known failing turn (listed in knownFailingTurns), reported as skipped:\n" + block);
      }
      throw new PlaygentTurnFailure("turn " + report.number() + " is listed in knownFailingTurns but passed: remove it "
          + "from the list so a new failure of it is noticed.\n" + block);
    }
    if (!verdict.passed()) {
      throw new PlaygentTurnFailure(block);
    }
    for (Consumer<TurnResult> check : checks) {
      try {
        check.accept(report.turn());
      } catch (AssertionError e) {
        throw new PlaygentTurnFailure("turn " + report.number() + " failed a check of this test: "
            + e.getMessage() + "\n\n" + block, e);
      }
    }
  }

  @Override
  public String toString() {
    return report.displayName();
  }
}
