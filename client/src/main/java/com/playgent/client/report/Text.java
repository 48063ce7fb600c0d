package com.playgent.client.report;

/** Text clean-up for names and reports: no control characters, bounded length. */
public final class Text {
  private Text() {}

  /**
   * Replaces control characters other than tab and newline with a visible {@code \\uXXXX}, since
   * XML 1.0 cannot carry them, and unpaired surrogates with U+FFFD.
   */
  public static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        out.append('\uFFFD');
      } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** One line, whitespace folded, cut at {@code max} characters with an ellipsis. */
  public static String oneLine(String s, int max) {
    String line = printable(s).replaceAll("\\s+", " ").trim();
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    int end = line.offsetByCodePoints(0, Math.max(1, max - 1));
    return line.substring(0, end).trim() + "…";
  }

  /** Each line of {@code s} prefixed with {@code indent}. */
  public static String indent(String s, String indent) {
    return indent + printable(s).replace("\n", "\n" + indent);
  }
}
