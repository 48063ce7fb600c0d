package com.playgent.maven.run;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 90s}, {@code 10m}, {@code 1h}, {@code 500ms}, a bare number of seconds, or ISO {@code PT10M}. */
public final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("\\s*(\\d+)\\s*(ms|s|m|h)?\\s*");

  private Durations() {}

  public static Duration parse(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(name + " is empty; write e.g. 10m, 90s or PT10M");
    }
    Matcher m = SIMPLE.matcher(text.toLowerCase(Locale.ROOT));
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      d = switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    } else {
      try {
        d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(name + " '" + text + "' is not a duration; write e.g. 10m, 90s or PT10M");
      }
    }
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was '" + text + "'");
    }
    return d;
  }
}
