package com.playgent.maven.report;

import com.playgent.core.outcome.Escaper;
import java.util.Locale;

/** Link targets for the HTML report; text is escaped by {@link Escaper#HTML}. */
public final class Html {
  private Html() {}

  /**
   * An {@code href} value: only {@code http(s)} and {@code file} URLs and relative paths are kept, so
   * a run file cannot smuggle a {@code javascript:} link into the report; anything else gives {@code #}.
   */
  public static String href(String url) {
    if (url == null || url.isBlank()) {
      return "#";
    }
    String lower = url.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")
        || !lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
      return Escaper.HTML.escape(url.trim());
    }
    return "#";
  }
}
