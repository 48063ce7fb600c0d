package com.playgent.core.settings;

import com.playgent.client.PlaygentConfigurationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration syntax of every setting: {@code 500ms}, {@code 90s}, {@code 10m}, {@code 1h},
 * ISO-8601 {@code PT10M}, and {@code 0} where a setting can be off. A bare number other than
 * {@code 0} is refused: {@code 90} could mean seconds or milliseconds.
 */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
  private static final String FORMS = "use e.g. 500ms, 90s, 10m or PT10M";

  private Durations() {}

  /** A duration of zero or more; {@code source} names the setting in the error. */
  public static Duration parse(String value, String source) {
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
    if (v.matches("\\d+")) {
      throw new PlaygentConfigurationException(source + " '" + value + "' has no unit: write " + v + "s or " + v
          + "ms (" + FORMS + ")");
    }
    try {
      Duration d = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
      if (d.isNegative()) {
        throw new DateTimeParseException("negative", value, 0);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new PlaygentConfigurationException(source + " '" + value + "' is not a duration: " + FORMS);
    }
  }

  /** A duration greater than zero; {@code example} is shown in the error, e.g. {@code 30s}. */
  public static Duration positive(String value, String source, String example) {
    Duration d = parse(value, source);
    if (d.isZero()) {
      throw new PlaygentConfigurationException(source + " must be positive, e.g. " + example);
    }
    return d;
  }
}
