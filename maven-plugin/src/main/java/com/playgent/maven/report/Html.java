package com.playgent.maven.report;

/**
 * HTML escaping for text and attribute values. Control characters HTML cannot show become a
 * visible {@code \\uXXXX}; emoji and other supplementary characters are kept.
 */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append(c);
        case '\r' -> {
          if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * An {@code href} value: only {@code http(s)} and {@code file} URLs and relative paths are kept, so
   * a run file cannot smuggle a {@code javascript:} link into the report; anything else gives {@code #}.
   */
  public static String href(String url) {
    if (url == null || url.isBlank()) {
      return "#";
    }
    String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")
        || !lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
      return escape(url.trim());
    }
    return "#";
  }
}
