package com.playgent.junit.internal;

import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.RepeatedTurn;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.junit.PlaygentKnownFailure;
import com.playgent.junit.PlaygentTurnFailure;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One turn's test over its repeats: fails with the count and the need ({@code turn 2: 3 of 5 repeats
 * passed, needs 4; ...}) and the block in its body; a passing turn prints its block, flaky or not. A
 * known failing turn ({@code knownFailingTurns}) that fails is skipped; one that passes fails. The
 * test's own checks run on every repeat that passed the turn. With a baseline ({@code playgent.baseline})
 * it is wrapped in a {@link BaselineTurnExecutable}, as a single run's turn is.
 */
public final class RepeatedTurnExecutable implements JudgedTurn {
  private final RepeatedTurn turn;
  private final boolean knownFailing;
  private final List<Consumer<TurnResult>> checks;

  RepeatedTurnExecutable(RepeatedTurn turn, boolean knownFailing, List<Consumer<TurnResult>> checks) {
    this.turn = turn;
    this.knownFailing = knownFailing;
    this.checks = checks;
  }

  @Override
  public Map<String, String> reportEntries() {
    return turn.reportEntries();
  }

  public RepeatedTurn turn() {
    return turn;
  }

  @Override
  public boolean passes() {
    return turn.passed();
  }

  @Override
  public String headline() {
    return turn.headline();
  }

  @Override
  public String details() {
    return turn.details();
  }

  @Override
  public String displayName() {
    TurnReport first = turn.first();
    return first == null ? "turn " + turn.number() : first.displayName();
  }

  @Override
  public void execute() {
    if (knownFailing) {
      if (!turn.passed()) {
        throw new PlaygentKnownFailure("known failing turn (knownFailingTurns), reported as skipped: "
            + turn.headline(), turn.details());
      }
      throw new PlaygentTurnFailure("turn " + turn.number() + " is listed in knownFailingTurns but passed ("
          + turn.count() + "): remove it from the list so a new failure of it is noticed", turn.block(), null);
    }
    if (!turn.passed()) {
      throw new PlaygentTurnFailure(turn.headline(), turn.details(), null);
    }
    for (RepeatedTurn.Attempt a : turn.attempts()) {
      TurnReport report = a.turn();
      if (report == null || !a.passed()) {
        continue;
      }
      for (Consumer<TurnResult> check : checks) {
        try {
          check.accept(report.turn());
        } catch (AssertionError e) {
          String message = e.getMessage() == null ? e.toString() : e.getMessage();
          throw new PlaygentTurnFailure("turn " + turn.number() + " failed a check of this test in repeat " + a.repeat()
              + " (" + a.runId() + "): " + Text.oneLine(message, 300), turn.block(), e);
        }
      }
    }
    System.out.print(turn.block());
    System.out.flush();
  }

  @Override
  public String toString() {
    return "turn " + turn.number() + " over " + turn.repeats() + " repeats";
  }
}
