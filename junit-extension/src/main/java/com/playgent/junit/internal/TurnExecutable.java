package com.playgent.junit.internal;

import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.outcome.TurnVerdict;
import com.playgent.junit.PlaygentKnownFailure;
import com.playgent.junit.PlaygentTurnFailure;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One turn's test. Throws the verdict (the service's, client-side thresholds', and the user's
 * per-turn checks') with the turn's headline as its one-line message and the rest of the block in
 * its body; a passing turn prints its block instead (Surefire puts it in this testcase's
 * {@code <system-out>}), so each turn's block is written once. A known failing turn that fails is
 * skipped; one that passes fails.
 */
public final class TurnExecutable implements JudgedTurn {
  private final TurnReport report;
  private final boolean knownFailing;
  private final List<Consumer<TurnResult>> checks;
  private final TurnVerdict verdict;

  TurnExecutable(TurnReport report, boolean knownFailing, List<Consumer<TurnResult>> checks) {
    this(report, report.verdict(), knownFailing, checks);
  }

  /** @param verdict the report's {@link TurnReport#verdict()}, judged once for the node, its entries and its test */
  TurnExecutable(TurnReport report, TurnVerdict verdict, boolean knownFailing, List<Consumer<TurnResult>> checks) {
    this.report = report;
    this.verdict = verdict;
    this.knownFailing = knownFailing;
    this.checks = checks;
  }

  @Override
  public Map<String, String> reportEntries() {
    return report.reportEntries(verdict);
  }

  public TurnReport report() {
    return report;
  }

  @Override
  public boolean passes() {
    return report.verdict().passed();
  }

  @Override
  public String headline() {
    return report.headline();
  }

  @Override
  public String details() {
    return report.details();
  }

  @Override
  public String displayName() {
    return report.displayName();
  }

  @Override
  public void execute() {
    if (knownFailing) {
      if (!verdict.passed()) {
        throw new PlaygentKnownFailure("known failing turn (knownFailingTurns), reported as skipped: "
            + report.headline(verdict), report.details(verdict));
      }
      throw new PlaygentTurnFailure("turn " + report.number() + " is listed in knownFailingTurns but passed: remove it"
          + " from the list so a new failure of it is noticed", report.block(verdict), null);
    }
    if (!verdict.passed()) {
      throw new PlaygentTurnFailure(report.headline(verdict), report.details(verdict), null);
    }
    for (Consumer<TurnResult> check : checks) {
      try {
        check.accept(report.turn());
      } catch (AssertionError e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        throw new PlaygentTurnFailure("turn " + report.number() + " failed a check of this test: "
            + Text.oneLine(message, 300), report.block(verdict), e); // the cause, printed after the block, has the rest
      }
    }
    System.out.print(report.block(verdict));
    System.out.flush();
  }

  @Override
  public String toString() {
    return report.displayName();
  }
}
