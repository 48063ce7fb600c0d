package com.playgent.junit.internal;

import com.playgent.core.baseline.Baseline.TurnStats;
import com.playgent.junit.PlaygentKnownFailure;
import com.playgent.junit.PlaygentTurnFailure;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * A turn the baseline ({@code playgent.baseline}) has: one run's turn or a turn over repeats
 * ({@link JudgedTurn}), each judged now and in the baseline as the build judges it (a repeated turn
 * by its {@code minPasses}, so a flaky turn that passed by its count is passing in both). One that failed in the baseline and fails now
 * is skipped with its full text, as a {@code knownFailingTurns} turn is; one that failed there and
 * passes now is fixed: it passes, saying so in its output, its report entries and on the session's
 * console (and, unlike a {@code knownFailingTurns} entry, never fails for passing: the baseline is
 * only updated on purpose). One that passed there and fails now is a new failure and says so.
 */
public final class BaselineTurnExecutable implements Executable {
  private final JudgedTurn turn;
  private final TurnStats blessed;
  private final String file;
  private final PrintStream console;

  /**
   * The test of a turn, compared with the baseline when there is one and has the turn; a turn the
   * declaration lists in {@code knownFailingTurns} keeps that meaning and is not compared. The one
   * place single runs ({@code RunNodes}) and repeats ({@code RepeatNodes}) apply the baseline.
   */
  static Executable of(JudgedTurn test, boolean declaredKnown, String caseId, int number, RunsContext ctx) {
    BaselineTurns baseline = ctx.session().baseline(ctx.settings());
    if (baseline == null || declaredKnown) {
      return test;
    }
    return baseline.turn(caseId, number).<Executable>map(b -> new BaselineTurnExecutable(test, b, baseline.file(),
        ctx.session().console())).orElse(test);
  }

  BaselineTurnExecutable(JudgedTurn turn, TurnStats blessed, String file, PrintStream console) {
    this.turn = turn;
    this.blessed = blessed;
    this.file = file;
    this.console = console;
  }

  public Map<String, String> reportEntries() {
    Map<String, String> entries = new LinkedHashMap<>(turn.reportEntries());
    boolean passes = turn.passes();
    entries.put("playgent.baseline", (blessed.passing() ? (passes ? "passing, as in " : "new failure: it passed in ")
        : (passes ? "fixed: it failed in " : "known failing: it failed in ")) + file + " ("
        + blessed.record() + ")");
    return entries;
  }

  @Override
  public void execute() throws Throwable {
    boolean passes = turn.passes();
    if (blessed.passing()) {
      if (!passes) {
        throw new PlaygentTurnFailure("new failure (passed in the baseline " + file + "): " + turn.headline(), turn.details(), null);
      }
      turn.execute();
      return;
    }
    if (!passes) {
      throw new PlaygentKnownFailure("known failing turn (failed in the baseline " + file + ", "
          + blessed.record() + "), reported as skipped: " + turn.headline(), turn.details());
    }
    String fixed = "fixed since the baseline: " + turn.displayName() + " passes; it failed in " + file + " ("
        + blessed.record() + "). Bless again with mvn playgent:baseline to keep it passing.";
    console.println("playgent: " + fixed);
    System.out.println(fixed);
    turn.execute();
  }

  @Override
  public String toString() {
    return turn.toString();
  }
}
