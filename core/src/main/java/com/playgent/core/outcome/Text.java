package com.playgent.core.outcome;

import java.util.regex.Pattern;

/** Text clean-up for names and reports: no control characters, bounded length. */
public final class Text {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Text() {}

  /**
   * Replaces control characters other than tab and newline with a visible {@code \\uXXXX}, since
   * XML 1.0 cannot carry them, and unpaired surrogates with U+FFFD.
   */
  public static String printable(String s) {
    if (s == null) {
      return "";
    }
    int clean = 0;
    while (clean < s.length() && isPlain(s.charAt(clean))) {
      clean++;
    }
    if (clean == s.length()) {
      return s; // the usual case, and a 2 KB output is not copied for nothing
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, clean);
    for (int i = clean; i < s.length(); i++) {
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

  /** A character {@link #printable} keeps as it is, whatever comes before or after it. */
  private static boolean isPlain(char c) {
    return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t'
        || (c > 0x9f && !Character.isSurrogate(c) && c < '\uFFFE');
  }

  /** One line, whitespace folded, cut at {@code max} characters with an ellipsis. */
  public static String oneLine(String s, int max) {
    String line = WHITESPACE.matcher(printable(s)).replaceAll(" ").trim();
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
