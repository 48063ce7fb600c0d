package com.playgent.core.baseline;

import java.util.Locale;

/**
 * How far this build may stray from the baseline before a regression gate fails.
 *
 * @param scoreDrop how much a test case's scorer mean may get worse (lower, or higher for a
 *     lower-is-better scorer such as toxicity), in score units, e.g. {@code 0.05}
 * @param costIncrease how much the total cost may rise, as a fraction, e.g. {@code 0.20} for +20%
 * @param latencyIncrease how much the p95 latency may rise, as a fraction, e.g. {@code 0.20}
 */
public record Tolerances(double scoreDrop, double costIncrease, double latencyIncrease) {
  public static final double DEFAULT_SCORE_DROP = 0.05;
  public static final double DEFAULT_COST_INCREASE = 0.20;
  public static final double DEFAULT_LATENCY_INCREASE = 0.20;

  public Tolerances {
    check(scoreDrop, "scoreDrop", 1, "0.05");
    check(costIncrease, "costIncrease", 10, "0.20 for +20%");
    check(latencyIncrease, "latencyIncrease", 10, "0.20 for +20%");
  }

  public static Tolerances defaults() {
    return new Tolerances(DEFAULT_SCORE_DROP, DEFAULT_COST_INCREASE, DEFAULT_LATENCY_INCREASE);
  }

  private static void check(double value, String name, double max, String example) {
    if (Double.isNaN(value) || value < 0 || value > max) {
      throw new IllegalArgumentException("baseline tolerance " + name + " must be a number >= 0"
          + (max == 1 ? " and <= 1 (score units)" : " and <= 10 (a fraction, not a percentage)") + ", e.g. " + example
          + ", was "
          + String.format(Locale.ROOT, "%s", value));
    }
  }
}
