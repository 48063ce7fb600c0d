package com.playgent.junit.internal;

import com.playgent.core.baseline.Baseline.TurnStats;
import com.playgent.core.outcome.TurnReport;
import com.playgent.junit.PlaygentKnownFailure;
import com.playgent.junit.PlaygentTurnFailure;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * A turn the baseline ({@code playgent.baseline}) has. One that failed in the baseline and fails now
 * is skipped with its full text, as a {@code knownFailingTurns} turn is; one that failed there and
 * passes now is fixed: it passes, saying so in its output, its report entries and on the session's
 * console (and, unlike a {@code knownFailingTurns} entry, never fails for passing: the baseline is
 * only updated on purpose). One that passed there and fails now is a new failure and says so.
 */
public final class BaselineTurnExecutable implements Executable {
  private final TurnExecutable turn;
  private final TurnStats blessed;
  private final String file;
  private final PrintStream console;

  BaselineTurnExecutable(TurnExecutable turn, TurnStats blessed, String file, PrintStream console) {
    this.turn = turn;
    this.blessed = blessed;
    this.file = file;
    this.console = console;
  }

  public Map<String, String> reportEntries() {
    Map<String, String> entries = new LinkedHashMap<>(turn.reportEntries());
    boolean passes = turn.report().verdict().passed();
    entries.put("playgent.baseline", (blessed.passing() ? (passes ? "passing, as in " : "new failure: it passed in ")
        : (passes ? "fixed: it failed in " : "known failing: it failed in ")) + file + " ("
        + BaselineTurns.record(blessed) + ")");
    return entries;
  }

  @Override
  public void execute() throws Throwable {
    TurnReport report = turn.report();
    boolean passes = report.verdict().passed();
    if (blessed.passing()) {
      if (!passes) {
        throw new PlaygentTurnFailure("new failure (passed in the baseline " + file + "): " + report.headline(),
            report.details(), null);
      }
      turn.execute();
      return;
    }
    if (!passes) {
      throw new PlaygentKnownFailure("known failing turn (failed in the baseline " + file + ", "
          + BaselineTurns.record(blessed) + "), reported as skipped: " + report.headline(), report.details());
    }
    String fixed = "fixed since the baseline: " + report.displayName() + " passes; it failed in " + file + " ("
        + BaselineTurns.record(blessed) + "). Bless again with mvn playgent:baseline to keep it passing.";
    console.println("playgent: " + fixed);
    System.out.println(fixed);
    turn.execute();
  }

  @Override
  public String toString() {
    return turn.toString();
  }
}
