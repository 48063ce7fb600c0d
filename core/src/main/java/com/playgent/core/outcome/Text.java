package com.playgent.core.outcome;

import com.playgent.client.store.RunFiles;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up for names and reports: no control characters ({@link Escaper}), bounded length. */
public final class Text {
  /**
   * The most characters of one text of a run (an input or output message, an expected behaviour, a
   * scorer's reasoning, an error message) shown in a message, on the console, in Surefire XML or in
   * a report. The run file keeps every text whole.
   */
  public static final int MAX_LENGTH = 4_000;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Text() {}

  /**
   * {@code s} as it is when it has at most {@value #MAX_LENGTH} characters, else its first
   * {@value #MAX_LENGTH} and {@code … (N more characters, full text in runs/<run_id>.json)}.
   * Null stays null.
   *
   * @param runId the run the text belongs to, naming its run file; null when unknown
   */
  public static String cut(String s, String runId) {
    if (s == null || s.length() <= MAX_LENGTH) {
      return s;
    }
    int total = s.codePointCount(0, s.length());
    if (total <= MAX_LENGTH) {
      return s;
    }
    int more = total - MAX_LENGTH;
    return s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH)) + "… (" + String.format(Locale.ROOT, "%,d", more)
        + (more == 1 ? " more character" : " more characters") + ", full text in "
        + (runId == null ? "the run file" : RunFiles.DIR_NAME + "/" + runId + ".json") + ")";
  }

  /** {@link Escaper#PLAIN}: control characters made visible, line breaks as {@code \n}. */
  public static String printable(String s) {
    return Escaper.PLAIN.escape(s);
  }

  /** One line, whitespace folded, cut at {@code max} characters with an ellipsis. */
  public static String oneLine(String s, int max) {
    String printable = printable(s);
    // Most names and titles hold no whitespace to fold: they skip the regex (called per turn, 5,000 times in B4).
    String line = (needsFolding(printable) ? WHITESPACE.matcher(printable).replaceAll(" ") : printable).trim();
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    int end = line.offsetByCodePoints(0, Math.max(1, max - 1));
    return line.substring(0, end).trim() + "…";
  }

  /** Whether {@code s} holds whitespace other than single spaces: what {@link #oneLine} folds. */
  private static boolean needsFolding(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' ' : c <= ' ' && Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /** Each line of {@code s} prefixed with {@code indent}. */
  public static String indent(String s, String indent) {
    return indent + printable(s).replace("\n", "\n" + indent);
  }
}
