package com.playgent.core.settings;

import com.playgent.client.PlaygentConfigurationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one size syntax of every setting: a number of bytes, or one with {@code KB}, {@code MB} or
 * {@code GB} (1024-based; {@code KiB}, {@code MiB}, {@code GiB} and a bare {@code K}, {@code M},
 * {@code G} mean the same), e.g. {@code 64MB}, {@code 512KB}, {@code 1048576}.
 */
public final class Sizes {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");
  private static final String FORMS = "use e.g. 64MB, 512KB, 1GB or a number of bytes";

  private Sizes() {}

  /** A size of at least one byte; {@code source} names the setting in the error. */
  public static long positive(String value, String source) {
    Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new PlaygentConfigurationException(source + " '" + value + "' is not a size: " + FORMS);
    }
    String unit = m.group(2) == null ? "b" : m.group(2);
    int shift = unit.startsWith("g") ? 30 : unit.startsWith("m") ? 20 : unit.startsWith("k") ? 10 : 0;
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException tooLong) {
      n = Long.MAX_VALUE;
    }
    if (n > (Long.MAX_VALUE >> shift)) {
      throw new PlaygentConfigurationException(source + " '" + value + "' is too large: " + FORMS);
    }
    if (n == 0) {
      throw new PlaygentConfigurationException(source + " must be positive, e.g. 64MB");
    }
    return n << shift;
  }
}
