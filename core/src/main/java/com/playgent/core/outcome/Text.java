package com.playgent.core.outcome;

import java.util.regex.Pattern;

/** Text clean-up for names and reports: no control characters ({@link Escaper}), bounded length. */
public final class Text {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Text() {}

  /** {@link Escaper#PLAIN}: control characters made visible, line breaks as {@code \n}. */
  public static String printable(String s) {
    return Escaper.PLAIN.escape(s);
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
