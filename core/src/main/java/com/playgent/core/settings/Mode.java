package com.playgent.core.settings;

import com.playgent.client.PlaygentConfigurationException;
import java.util.Locale;

/** Where runs come from: the service, the service plus a saved copy, or the saved copy alone. */
public enum Mode {
  LIVE, RECORD, REPLAY;

  static Mode parse(String value, String source) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PlaygentConfigurationException(source + " '" + value + "' is not a mode: use live, record or replay");
    }
  }

  /** {@code live}, as the key's value is written. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
