package com.playgent.core.outcome;

/**
 * The one escaper for text from a run (agent output, scorer reasoning, names) on its way into a
 * console line, a Surefire XML file or an HTML report. Every mode makes the same characters
 * visible: line breaks become {@code \n} (CRLF and a lone CR alike); control characters other
 * than tab and newline (C0, DEL and C1), U+FFFE, U+FFFF and unpaired surrogates become a visible
 * {@code \\uXXXX}, since XML 1.0 cannot carry them and a terminal would act on them. Emoji and
 * other supplementary characters are kept. The modes differ only in the markup they escape.
 */
public enum Escaper {
  /** Text for a console, a message or a Markdown code block: no markup is escaped. */
  PLAIN,
  /** XML element content: {@code & < >}. */
  XML_TEXT,
  /** A double-quoted XML attribute value: {@code & < > "}, and tab and newline as character references. */
  XML_ATTRIBUTE,
  /** HTML text and double- or single-quoted attribute values: {@code & < > " '}. */
  HTML,
  /** Markdown text: {@code & <}, so no HTML tag or entity can open; the rest stays readable. */
  MARKDOWN;

  /** {@code s} escaped for this mode; null gives the empty string. */
  public String escape(String s) {
    if (s == null) {
      return "";
    }
    int clean = 0;
    while (clean < s.length()) {
      char c = s.charAt(clean);
      if (Character.isHighSurrogate(c) && clean + 1 < s.length() && Character.isLowSurrogate(s.charAt(clean + 1))) {
        clean += 2;
      } else if (needsWork(c)) {
        break;
      } else {
        clean++;
      }
    }
    if (clean == s.length()) {
      return s; // the usual case: a 2 KB output is not copied for nothing
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, clean);
    for (int i = clean; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
        continue;
      }
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue; // the LF that follows is the line break
        }
        c = '\n';
      }
      String markup = markup(c);
      if (markup != null) {
        out.append(markup);
      } else if (isInvisible(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String markup(char c) {
    if (this == PLAIN) {
      return null;
    }
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return this == MARKDOWN ? null : "&gt;";
      case '"': return this == XML_TEXT || this == MARKDOWN ? null : "&quot;";
      case '\'': return this == HTML ? "&#39;" : null;
      case '\n': return this == XML_ATTRIBUTE ? "&#10;" : null;
      case '\t': return this == XML_ATTRIBUTE ? "&#9;" : null;
      default: return null;
    }
  }

  /** A character no mode may write as it is. */
  private static boolean isInvisible(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
        || c == '\uFFFE' || c == '\uFFFF';
  }

  private boolean needsWork(char c) {
    return isInvisible(c) || (this != PLAIN && markup(c) != null);
  }
}
