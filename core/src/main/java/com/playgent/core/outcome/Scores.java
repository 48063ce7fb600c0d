package com.playgent.core.outcome;

import java.util.Locale;

/** Number formats used in every report: scores with two decimals, money in dollars. */
public final class Scores {
  private Scores() {}

  public static String format(Double score) {
    return score == null ? "n/a" : String.format(Locale.ROOT, "%.2f", score);
  }

  public static String dollars(Double usd) {
    if (usd == null) {
      return "unknown";
    }
    return usd < 0.01 ? String.format(Locale.ROOT, "$%.4f", usd) : String.format(Locale.ROOT, "$%.2f", usd);
  }
}
