package com.playgent.core.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats used in every report: scores with two decimals, money in dollars with four. */
public final class Scores {
  private Scores() {}

  public static String format(Double score) {
    return score == null ? "n/a" : fixed(score, 2);
  }

  /**
   * {@code $0.0102}: always four decimals, so amounts side by side read alike ({@code $0.0100} beside
   * {@code $0.0040}, never {@code $0.01}); {@code unknown} for null.
   */
  public static String dollars(Double usd) {
    if (usd == null) {
      return "unknown";
    }
    return "$" + fixed(usd, 4);
  }

  /**
   * What {@code String.format(Locale.ROOT, "%.<decimals>f", v)} gives, without parsing a format
   * string on each call (reports format several numbers per turn, B4 reports 5,000 turns): the
   * formatter rounds the shortest decimal form of the double half up, as here. Negative numbers,
   * NaN and infinities, rare in reports, take the formatter itself, so its sign rules hold.
   */
  static String fixed(double v, int decimals) {
    if (!(v >= 0) || Double.isInfinite(v) || (v == 0 && 1 / v < 0)) {
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
