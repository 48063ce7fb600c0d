package com.playgent.maven.report;

import com.playgent.core.outcome.Scores;
import java.util.Locale;

/** Number formats shared by the HTML and Markdown reports. */
public final class Format {
  private Format() {}

  /** {@code 66.7%}, or {@code n/a} for null. */
  public static String percent(Double fraction) {
    return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** {@code 1240 ms}, or {@code unknown} when no turn reported one. */
  public static String millis(Long ms) {
    return ms == null ? "unknown" : ms + " ms";
  }

  /** {@code $0.0102} (always four decimals, {@link Scores#dollars}), or {@code unknown} when the cost is not known. */
  public static String cost(double usd, boolean known) {
    return known ? Scores.dollars(usd) : "unknown";
  }

  public static String score(double s) {
    return String.format(Locale.ROOT, "%.2f", s);
  }
}
