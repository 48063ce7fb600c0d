package com.playgent.junit.internal;

import com.playgent.client.PlaygentConfigurationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 500ms}, {@code 90s}, {@code 10m}, {@code 1h} and ISO-8601 {@code PT10M}. */
final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private Durations() {}

  static Duration parse(String value, String source) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = SHORT.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms": return Duration.ofMillis(n);
        case "s": return Duration.ofSeconds(n);
        case "m": return Duration.ofMinutes(n);
        default: return Duration.ofHours(n);
      }
    }
    try {
      Duration d = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
      if (d.isNegative()) {
        throw new DateTimeParseException("negative", value, 0);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new PlaygentConfigurationException(source + " '" + value + "' is not a duration: use e.g. 500ms, 90s, 10m or PT10M");
    }
  }
}
