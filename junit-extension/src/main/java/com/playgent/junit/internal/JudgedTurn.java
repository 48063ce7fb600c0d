package com.playgent.junit.internal;

import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * A turn's test as {@link BaselineTurnExecutable} compares it with the baseline: one run's turn
 * ({@link TurnExecutable}) or a turn over its repeats ({@link RepeatedTurnExecutable}), each judged as
 * the build judges it (a repeated turn by its {@code minPasses}).
 */
interface JudgedTurn extends Executable {
  /** Whether the turn passes now (the service's verdict and the thresholds; over repeats, by count). */
  boolean passes();

  /** The one-line headline of its verdict. */
  String headline();

  /** Its block without the headline. */
  String details();

  /** {@code Refund Flow › turn 2: It arrived broken...}. */
  String displayName();

  Map<String, String> reportEntries();
}
