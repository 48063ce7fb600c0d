package com.playgent.core.outcome;

import java.util.Locale;

/** Number formats used in every report: scores with two decimals, money in dollars with four. */
public final class Scores {
  private Scores() {}

  public static String format(Double score) {
    return score == null ? "n/a" : String.format(Locale.ROOT, "%.2f", score);
  }

  /**
   * {@code $0.0102}: always four decimals, so amounts side by side read alike ({@code $0.0100} beside
   * {@code $0.0040}, never {@code $0.01}); {@code unknown} for null.
   */
  public static String dollars(Double usd) {
    if (usd == null) {
      return "unknown";
    }
    return String.format(Locale.ROOT, "$%.4f", usd);
  }
}
